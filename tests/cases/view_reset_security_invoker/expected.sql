ALTER VIEW "public"."open_deals" RESET (security_invoker);
