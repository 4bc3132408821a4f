ALTER TABLE "public"."t" RESET ("autovacuum_enabled"), SET ("autovacuum_vacuum_scale_factor" = '0.01', "fillfactor" = '70', "toast"."autovacuum_enabled" = 'false');
