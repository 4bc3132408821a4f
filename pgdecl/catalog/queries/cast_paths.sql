-- Casts between types (pg_cast), as format_type names without type modifiers: which
-- column type changes `USING column::new_type` can make. Conversion through a string
-- type (I/O) needs no row here; a type change with neither gets another USING or is refused.
SELECT pg_catalog.format_type(c.castsource, NULL) AS source,
       pg_catalog.format_type(c.casttarget, NULL) AS target
FROM pg_catalog.pg_cast c
WHERE %(schemas)s::text[] IS NOT NULL OR true
ORDER BY 1, 2
