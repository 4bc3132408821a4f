ALTER TABLE "public"."cache" SET UNLOGGED;
ALTER TABLE "public"."scratch" SET LOGGED;
