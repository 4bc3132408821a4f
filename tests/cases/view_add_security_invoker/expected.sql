ALTER VIEW "public"."open_deals" SET (security_invoker = true);
