DO $pgdecl$ BEGIN
  IF to_regclass('"public"."idx_notes_tags"') IS NOT NULL AND to_regclass('"public"."notes_tags_gin"') IS NULL THEN
    EXECUTE 'ALTER INDEX "public"."idx_notes_tags" RENAME TO "notes_tags_gin"';
  END IF;
END $pgdecl$;
