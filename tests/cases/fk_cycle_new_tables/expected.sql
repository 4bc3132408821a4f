CREATE TABLE IF NOT EXISTS "public"."departments" (
    "id" bigint NOT NULL,
    "manager_id" bigint,
    CONSTRAINT "departments_pkey" PRIMARY KEY (id)
);
CREATE TABLE IF NOT EXISTS "public"."employees" (
    "id" bigint NOT NULL,
    "department_id" bigint,
    CONSTRAINT "employees_pkey" PRIMARY KEY (id)
);
DO $pgdecl$ BEGIN
  IF NOT (EXISTS (SELECT FROM pg_catalog.pg_constraint o WHERE o.conrelid = to_regclass('"public"."departments"') AND o.conname = 'departments_manager_id_fkey')) THEN
    EXECUTE 'ALTER TABLE "public"."departments" ADD CONSTRAINT "departments_manager_id_fkey" FOREIGN KEY (manager_id) REFERENCES public.employees(id)';
  END IF;
END $pgdecl$;
DO $pgdecl$ BEGIN
  IF NOT (EXISTS (SELECT FROM pg_catalog.pg_constraint o WHERE o.conrelid = to_regclass('"public"."employees"') AND o.conname = 'employees_department_id_fkey')) THEN
    EXECUTE 'ALTER TABLE "public"."employees" ADD CONSTRAINT "employees_department_id_fkey" FOREIGN KEY (department_id) REFERENCES public.departments(id)';
  END IF;
END $pgdecl$;
