-- before.sql -- the Supabase CRM as the hand-written, "re-runnable" setup
-- script left it (run in the Supabase SQL editor; auth.users, auth.uid() and
-- the roles anon / authenticated / service_role already exist).
--
-- It is the same schema as schema.yaml except for three mistakes:
--   1. the views are created without security_invoker, so they run with the
--      privileges of their owner and the RLS policies below do not apply to
--      rows read through them;
--   2. idx_deals_tags is a plain B-tree on a text[] column (useless for
--      `tags @> ARRAY[...]` / `= ANY(tags)`; should be GIN);
--   3. the other array columns (meetings.attendees, emails.cc_email,
--      emails.bcc_email, emails.labels) have no index at all.
--
-- Function bodies are written so that the stored source (pg_proc.prosrc) is
-- byte-for-byte the `body:` of schema.yaml (the text between the dollar
-- quotes starts right after `$$`).

-- Functions -----------------------------------------------------------------

CREATE OR REPLACE FUNCTION public.set_updated_at() RETURNS trigger
LANGUAGE plpgsql
SET search_path = ''
AS $$BEGIN
  NEW.updated_at := now();
  RETURN NEW;
END;
$$;

CREATE OR REPLACE FUNCTION public.track_deal_stage_changes() RETURNS trigger
LANGUAGE plpgsql
SET search_path = ''
AS $$BEGIN
  IF TG_OP = 'UPDATE' AND NEW.stage IS DISTINCT FROM OLD.stage THEN
    INSERT INTO public.activities (user_id, deal_id, client_id, type, description)
    VALUES (NEW.user_id, NEW.id, NEW.client_id, 'stage_change',
            'Stage changed from ' || OLD.stage || ' to ' || NEW.stage);
  END IF;
  RETURN NEW;
END;
$$;

-- Tables --------------------------------------------------------------------

CREATE TABLE IF NOT EXISTS public.clients (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  user_id uuid NOT NULL REFERENCES auth.users (id) ON DELETE CASCADE,
  name text NOT NULL,
  email text,
  phone text,
  company text,
  status text DEFAULT 'active',
  notes text,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE IF NOT EXISTS public.deals (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  user_id uuid NOT NULL REFERENCES auth.users (id) ON DELETE CASCADE,
  client_id uuid REFERENCES public.clients (id) ON DELETE CASCADE,
  title text NOT NULL,
  value numeric(12,2) DEFAULT 0,
  stage text NOT NULL DEFAULT 'lead'
    CHECK (stage IN ('lead', 'qualified', 'proposal', 'negotiation', 'won', 'lost')),
  probability integer CHECK (probability BETWEEN 0 AND 100),
  expected_close_date date,
  tags text[] NOT NULL DEFAULT '{}',
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE IF NOT EXISTS public.activities (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  user_id uuid NOT NULL REFERENCES auth.users (id) ON DELETE CASCADE,
  client_id uuid REFERENCES public.clients (id) ON DELETE CASCADE,
  deal_id uuid REFERENCES public.deals (id) ON DELETE SET NULL,
  type text NOT NULL,
  description text,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE IF NOT EXISTS public.meetings (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  user_id uuid NOT NULL REFERENCES auth.users (id) ON DELETE CASCADE,
  client_id uuid REFERENCES public.clients (id) ON DELETE SET NULL,
  deal_id uuid REFERENCES public.deals (id) ON DELETE SET NULL,
  title text NOT NULL,
  start_time timestamptz NOT NULL,
  end_time timestamptz,
  location text,
  attendees text[] NOT NULL DEFAULT '{}',
  notes text,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE IF NOT EXISTS public.emails (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  user_id uuid NOT NULL REFERENCES auth.users (id) ON DELETE CASCADE,
  client_id uuid REFERENCES public.clients (id) ON DELETE SET NULL,
  deal_id uuid REFERENCES public.deals (id) ON DELETE SET NULL,
  subject text,
  body text,
  from_email text,
  to_email text,
  cc_email text[] NOT NULL DEFAULT '{}',
  bcc_email text[] NOT NULL DEFAULT '{}',
  labels text[] NOT NULL DEFAULT '{}',
  sent_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);

-- Indexes -------------------------------------------------------------------

CREATE INDEX IF NOT EXISTS idx_clients_user_id ON public.clients (user_id);

CREATE INDEX IF NOT EXISTS idx_deals_user_id ON public.deals (user_id);
CREATE INDEX IF NOT EXISTS idx_deals_client_id ON public.deals (client_id);
-- mistake 2: a B-tree on an array column
CREATE INDEX IF NOT EXISTS idx_deals_tags ON public.deals (tags);

CREATE INDEX IF NOT EXISTS idx_activities_user_id ON public.activities (user_id);
CREATE INDEX IF NOT EXISTS idx_activities_client_id ON public.activities (client_id);
CREATE INDEX IF NOT EXISTS idx_activities_deal_id ON public.activities (deal_id);

CREATE INDEX IF NOT EXISTS idx_meetings_user_id ON public.meetings (user_id);
CREATE INDEX IF NOT EXISTS idx_meetings_client_id ON public.meetings (client_id);
CREATE INDEX IF NOT EXISTS idx_meetings_deal_id ON public.meetings (deal_id);
-- mistake 3: no index on meetings.attendees

CREATE INDEX IF NOT EXISTS idx_emails_user_id ON public.emails (user_id);
CREATE INDEX IF NOT EXISTS idx_emails_client_id ON public.emails (client_id);
CREATE INDEX IF NOT EXISTS idx_emails_deal_id ON public.emails (deal_id);
-- mistake 3: no index on emails.cc_email, emails.bcc_email, emails.labels

-- Row-level security --------------------------------------------------------

ALTER TABLE public.clients ENABLE ROW LEVEL SECURITY;
ALTER TABLE public.deals ENABLE ROW LEVEL SECURITY;
ALTER TABLE public.activities ENABLE ROW LEVEL SECURITY;
ALTER TABLE public.meetings ENABLE ROW LEVEL SECURITY;
ALTER TABLE public.emails ENABLE ROW LEVEL SECURITY;

DROP POLICY IF EXISTS users_own_clients ON public.clients;
CREATE POLICY users_own_clients ON public.clients
  FOR ALL TO authenticated
  USING ((select auth.uid()) = user_id)
  WITH CHECK ((select auth.uid()) = user_id);

DROP POLICY IF EXISTS users_own_deals ON public.deals;
CREATE POLICY users_own_deals ON public.deals
  FOR ALL TO authenticated
  USING ((select auth.uid()) = user_id)
  WITH CHECK ((select auth.uid()) = user_id);

DROP POLICY IF EXISTS users_own_activities ON public.activities;
CREATE POLICY users_own_activities ON public.activities
  FOR ALL TO authenticated
  USING ((select auth.uid()) = user_id)
  WITH CHECK ((select auth.uid()) = user_id);

DROP POLICY IF EXISTS users_own_meetings ON public.meetings;
CREATE POLICY users_own_meetings ON public.meetings
  FOR ALL TO authenticated
  USING ((select auth.uid()) = user_id)
  WITH CHECK ((select auth.uid()) = user_id);

DROP POLICY IF EXISTS users_own_emails ON public.emails;
CREATE POLICY users_own_emails ON public.emails
  FOR ALL TO authenticated
  USING ((select auth.uid()) = user_id)
  WITH CHECK ((select auth.uid()) = user_id);

-- Triggers ------------------------------------------------------------------

DROP TRIGGER IF EXISTS update_clients_updated_at ON public.clients;
CREATE TRIGGER update_clients_updated_at
  BEFORE UPDATE ON public.clients
  FOR EACH ROW EXECUTE FUNCTION public.set_updated_at();

DROP TRIGGER IF EXISTS update_deals_updated_at ON public.deals;
CREATE TRIGGER update_deals_updated_at
  BEFORE UPDATE ON public.deals
  FOR EACH ROW EXECUTE FUNCTION public.set_updated_at();

DROP TRIGGER IF EXISTS track_deal_stage_changes ON public.deals;
CREATE TRIGGER track_deal_stage_changes
  AFTER UPDATE OF stage ON public.deals
  FOR EACH ROW
  WHEN (OLD.stage IS DISTINCT FROM NEW.stage)
  EXECUTE FUNCTION public.track_deal_stage_changes();

DROP TRIGGER IF EXISTS update_activities_updated_at ON public.activities;
CREATE TRIGGER update_activities_updated_at
  BEFORE UPDATE ON public.activities
  FOR EACH ROW EXECUTE FUNCTION public.set_updated_at();

DROP TRIGGER IF EXISTS update_meetings_updated_at ON public.meetings;
CREATE TRIGGER update_meetings_updated_at
  BEFORE UPDATE ON public.meetings
  FOR EACH ROW EXECUTE FUNCTION public.set_updated_at();

DROP TRIGGER IF EXISTS update_emails_updated_at ON public.emails;
CREATE TRIGGER update_emails_updated_at
  BEFORE UPDATE ON public.emails
  FOR EACH ROW EXECUTE FUNCTION public.set_updated_at();

-- Views (mistake 1: no security_invoker) ------------------------------------

CREATE OR REPLACE VIEW public.client_summary AS
SELECT c.id,
       c.name,
       c.company,
       c.user_id,
       coalesce(d.deal_count, 0) AS deal_count,
       coalesce(d.total_value, 0) AS total_value,
       coalesce(a.activity_count, 0) AS activity_count
  FROM public.clients c
  LEFT JOIN (SELECT client_id, count(*) AS deal_count, sum(value) AS total_value
               FROM public.deals
              GROUP BY client_id) d ON d.client_id = c.id
  LEFT JOIN (SELECT client_id, count(*) AS activity_count
               FROM public.activities
              GROUP BY client_id) a ON a.client_id = c.id;

CREATE OR REPLACE VIEW public.pipeline_summary AS
SELECT user_id,
       stage,
       count(*) AS deal_count,
       coalesce(sum(value), 0) AS total_value,
       avg(probability) AS avg_probability
  FROM public.deals
 GROUP BY user_id, stage;

-- Grants --------------------------------------------------------------------

GRANT SELECT, INSERT, UPDATE, DELETE ON public.clients TO authenticated;
GRANT SELECT, INSERT, UPDATE, DELETE ON public.deals TO authenticated;
GRANT SELECT, INSERT, UPDATE, DELETE ON public.activities TO authenticated;
GRANT SELECT, INSERT, UPDATE, DELETE ON public.meetings TO authenticated;
GRANT SELECT, INSERT, UPDATE, DELETE ON public.emails TO authenticated;
GRANT SELECT ON public.client_summary TO authenticated;
GRANT SELECT ON public.pipeline_summary TO authenticated;
