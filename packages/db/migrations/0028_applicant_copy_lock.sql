-- Decision 0201 (amended): the application's copy of its person's name, e-mail and organisation reads the person
-- FOR SHARE. A people UPDATE (NO KEY UPDATE) then waits for an open application write of that person, and its
-- trigger's UPDATE of the applications sees the committed row; an application written behind an open people
-- UPDATE waits for it and copies the new version (READ COMMITTED re-reads a locked row). Without the lock
-- either order left a stale copy (review read10 #8): the foreign key's KEY SHARE does not conflict with the update.
CREATE OR REPLACE FUNCTION "lots_application_applicant"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  SELECT p."name", p."email", p."organisation_id" INTO NEW."applicant_name", NEW."applicant_email", NEW."applicant_organisation_id"
    FROM "people" p WHERE p."id" = NEW."person_id" FOR SHARE;
  IF NOT FOUND THEN
    -- No such person: the foreign key refuses the row; the copy must not fail first.
    NEW."applicant_name" := '';
    NEW."applicant_email" := '';
    NEW."applicant_organisation_id" := NULL;
  END IF;
  RETURN NEW;
END $$;
