-- [corpus addition] What admin/InitDb.pl does before the scripts below: create
-- the schemas of @FULL_SCHEMA_LIST (lib/MusicBrainz/Server/Constants.pm) and give
-- the scripts the search path "musicbrainz, public" (InitDb.pl runs them with
-- PGOPTIONS='-c search_path=musicbrainz,public' and sets it on the user's role).
CREATE SCHEMA musicbrainz;
CREATE SCHEMA cover_art_archive;
CREATE SCHEMA documentation;
CREATE SCHEMA event_art_archive;
CREATE SCHEMA json_dump;
CREATE SCHEMA report;
CREATE SCHEMA sitemaps;
CREATE SCHEMA statistics;
CREATE SCHEMA wikidocs;
CREATE SCHEMA dbmirror2;
DO $$ BEGIN
  EXECUTE format('ALTER DATABASE %I SET search_path = musicbrainz, public', current_database());
END $$;
