CREATE TABLE public.profiles (id uuid PRIMARY KEY REFERENCES auth.users, name text);
CREATE FUNCTION public.handle_new_user() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = ''
  AS $$ BEGIN INSERT INTO public.profiles (id) VALUES (NEW.id); RETURN NEW; END $$;
CREATE POLICY "avatars are public" ON storage.objects FOR SELECT USING (bucket_id = 'avatars');
CREATE POLICY "going away" ON storage.objects FOR DELETE USING (false);
CREATE POLICY "not the spec's" ON storage.buckets FOR SELECT USING (true);
CREATE TRIGGER old_trigger AFTER UPDATE ON auth.users FOR EACH ROW EXECUTE FUNCTION public.handle_new_user();
CREATE FUNCTION auth.not_the_specs() RETURNS int LANGUAGE sql AS 'SELECT 1';
