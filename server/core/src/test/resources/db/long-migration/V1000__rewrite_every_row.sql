-- A migration that rewrites every row of a large table (SchemaMigrationTest, and the start-up
-- benchmark through symbiose.db.extra-migrations): the kind that outlasted the server's deploy wait.
ALTER TABLE bulk_rows ADD COLUMN body_length INTEGER;
UPDATE bulk_rows SET body_length = LENGTH(body);
