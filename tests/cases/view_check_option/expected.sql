ALTER VIEW "public"."open_deals" SET (check_option = 'local');
