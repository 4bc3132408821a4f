CREATE TABLE IF NOT EXISTS "public"."memberships" (
    "org_id" bigint NOT NULL,
    "user_id" bigint NOT NULL,
    "role" text DEFAULT 'member'::text NOT NULL,
    CONSTRAINT "memberships_pkey" PRIMARY KEY (org_id, user_id),
    CONSTRAINT "memberships_role_check" CHECK ((role = ANY (ARRAY['member'::text, 'admin'::text])))
);
