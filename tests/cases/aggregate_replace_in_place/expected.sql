CREATE OR REPLACE AGGREGATE "public"."group_concat"(text) (
    SFUNC = public._concat_semicolon,
    STYPE = text,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE "public"."group_concat"(text) IS 'semicolon-separated';
