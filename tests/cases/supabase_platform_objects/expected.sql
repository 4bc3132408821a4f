SET check_function_bodies = off;
DROP TRIGGER IF EXISTS "old_trigger" ON "auth"."users";
DROP POLICY IF EXISTS "going away" ON "storage"."objects";
CREATE OR REPLACE FUNCTION auth.is_admin()
 RETURNS boolean
 LANGUAGE sql
 STABLE
AS $function$select coalesce((auth.jwt() -> 'app_metadata' ->> 'admin')::boolean, false)$function$;
CREATE OR REPLACE FUNCTION public.handle_new_user()
 RETURNS trigger
 LANGUAGE plpgsql
 SECURITY DEFINER
 SET search_path TO ''
AS $function$BEGIN INSERT INTO public.profiles (id, name) VALUES (NEW.id, NEW.email); RETURN NEW; END
$function$;
ALTER POLICY "avatars are public" ON "storage"."objects" TO PUBLIC USING (((bucket_id = 'avatars'::text) AND (auth.role() = 'authenticated'::text)));
DO $pgdecl$ BEGIN
  IF NOT (EXISTS (SELECT FROM pg_catalog.pg_policy o WHERE o.polrelid = to_regclass('"storage"."objects"') AND o.polname = 'users upload their own avatar')) THEN
    EXECUTE 'CREATE POLICY "users upload their own avatar" ON "storage"."objects" AS PERMISSIVE FOR INSERT TO "authenticated" WITH CHECK (((bucket_id = ''avatars''::text) AND ((storage.foldername(name))[1] = (auth.uid())::text)))';
  END IF;
END $pgdecl$;
DO $pgdecl$ BEGIN
  IF NOT (EXISTS (SELECT FROM pg_catalog.pg_trigger o WHERE o.tgrelid = to_regclass('"auth"."users"') AND o.tgname = 'on_auth_user_created' AND NOT o.tgisinternal)) THEN
    EXECUTE 'CREATE TRIGGER on_auth_user_created AFTER INSERT ON auth.users FOR EACH ROW EXECUTE FUNCTION public.handle_new_user()';
  END IF;
END $pgdecl$;
