-- The people table's index of organisation_id alone (decision 0204): people_organisation_name_idx (organisation_id, name, id)
-- serves every look-up by organisation through its first column, and each person written paid for both.
DROP INDEX "people_organisation_idx";