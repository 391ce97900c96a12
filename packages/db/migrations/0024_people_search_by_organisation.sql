-- The people search within one organisation (decision 0203): btree_gin gives GIN an operator class for organisation_id, so
-- the index holds (organisation, trigram) and a search in a small organisation reads none of the others' matches. Trusted
-- since PostgreSQL 13, like pg_trgm (0021); PGlite loads it at start (packages/db/src/client.ts, pgliteExtensions).
CREATE EXTENSION IF NOT EXISTS btree_gin;--> statement-breakpoint
DROP INDEX "people_search_idx";--> statement-breakpoint
CREATE INDEX "people_search_idx" ON "people" USING gin ("organisation_id","name" gin_trgm_ops,"email" gin_trgm_ops,"title" gin_trgm_ops);