ALTER TABLE "applications" ADD COLUMN "applicant_organisation_id" uuid;--> statement-breakpoint
-- Decision 0201: the applicant's organisation copied onto each application beside the name and e-mail (0023, decision
-- 0199) and kept in step by the same triggers, whichever code writes the application or moves the person.
UPDATE "applications" a SET "applicant_organisation_id" = p."organisation_id" FROM "people" p WHERE p."id" = a."person_id";--> statement-breakpoint
CREATE OR REPLACE FUNCTION "lots_application_applicant"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  SELECT p."name", p."email", p."organisation_id" INTO NEW."applicant_name", NEW."applicant_email", NEW."applicant_organisation_id"
    FROM "people" p WHERE p."id" = NEW."person_id";
  IF NOT FOUND THEN
    -- No such person: the foreign key refuses the row; the copy must not fail first.
    NEW."applicant_name" := '';
    NEW."applicant_email" := '';
    NEW."applicant_organisation_id" := NULL;
  END IF;
  RETURN NEW;
END $$;--> statement-breakpoint
DROP TRIGGER "applications_applicant" ON "applications";--> statement-breakpoint
CREATE TRIGGER "applications_applicant" BEFORE INSERT OR UPDATE OF "person_id", "applicant_name", "applicant_email", "applicant_organisation_id"
  ON "applications" FOR EACH ROW EXECUTE FUNCTION "lots_application_applicant"();--> statement-breakpoint
CREATE OR REPLACE FUNCTION "lots_person_applications"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "applications" SET "applicant_name" = NEW."name", "applicant_email" = NEW."email", "applicant_organisation_id" = NEW."organisation_id"
    WHERE "person_id" = NEW."id";
  RETURN NULL;
END $$;--> statement-breakpoint
DROP TRIGGER "people_applications" ON "people";--> statement-breakpoint
CREATE TRIGGER "people_applications" AFTER UPDATE OF "name", "email", "organisation_id" ON "people"
  FOR EACH ROW WHEN (OLD."name" IS DISTINCT FROM NEW."name" OR OLD."email" IS DISTINCT FROM NEW."email"
                     OR OLD."organisation_id" IS DISTINCT FROM NEW."organisation_id")
  EXECUTE FUNCTION "lots_person_applications"();
