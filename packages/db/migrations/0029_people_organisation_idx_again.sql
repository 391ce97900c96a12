-- The people table's index of organisation_id alone again (decision 0204): 0027 dropped it as covered by
-- people_organisation_name_idx, but an organisation's people are counted (the people list's total) by an index-only scan of
-- this small index (0.7 MB at 100,000 people against 12 MB); without it the count read the table (19-27 ms -> 39-76 ms).
CREATE INDEX IF NOT EXISTS "people_organisation_idx" ON "people" USING btree ("organisation_id");