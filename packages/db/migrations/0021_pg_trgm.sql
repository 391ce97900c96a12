-- Trigram matching for searches with ILIKE '%…%' (decision 0191). Trusted since PostgreSQL 13: a role with CREATE on the
-- database may create it; PGlite loads the extension's files at start (packages/db/src/client.ts, pgliteExtensions).
CREATE EXTENSION IF NOT EXISTS pg_trgm;
