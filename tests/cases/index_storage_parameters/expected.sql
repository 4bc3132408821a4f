ALTER INDEX "public"."t_n" RESET ("deduplicate_items"), SET ("fillfactor" = '70');
ALTER INDEX "public"."t_tags" SET ("fastupdate" = 'off');
