-- krugerm/yet-another-book-review (tests/corpus/supabase_book_review): books has a primary key
-- and a UNIQUE constraint on the same column. CREATE TABLE silently keeps only the first of
-- two index constraints on the same columns, so the UNIQUE one is added after the table.
SELECT 1;
