CREATE TEXT SEARCH DICTIONARY public.plain (template = simple, stopwords = english, accept = false);
CREATE TEXT SEARCH DICTIONARY public.stems (template = simple);
CREATE TEXT SEARCH DICTIONARY public.gone (template = simple);
CREATE TEXT SEARCH CONFIGURATION public.docs (parser = default);
ALTER TEXT SEARCH CONFIGURATION public.docs ADD MAPPING FOR asciiword, word WITH public.plain;
ALTER TEXT SEARCH CONFIGURATION public.docs ADD MAPPING FOR email WITH simple;
ALTER TEXT SEARCH CONFIGURATION public.docs ADD MAPPING FOR url WITH public.gone;
COMMENT ON TEXT SEARCH CONFIGURATION public.docs IS 'old';
CREATE TABLE public.documents (id bigint PRIMARY KEY, body text,
  search tsvector GENERATED ALWAYS AS (to_tsvector('public.docs'::regconfig, body)) STORED);
INSERT INTO public.documents (id, body) VALUES (1, 'The quick brown fox');
