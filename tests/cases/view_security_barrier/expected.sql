ALTER VIEW "public"."open_deals" SET (security_barrier = true, security_invoker = true);
