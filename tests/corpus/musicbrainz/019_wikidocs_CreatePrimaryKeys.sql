-- Automatically generated, do not edit.
\set ON_ERROR_STOP 1

SET search_path = 'wikidocs';

ALTER TABLE wikidocs_index ADD CONSTRAINT wikidocs_index_pkey PRIMARY KEY (page_name);
