ALTER TABLE "applications" ADD COLUMN "applicant_name" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "applications" ADD COLUMN "applicant_email" text DEFAULT '' NOT NULL;--> statement-breakpoint
CREATE INDEX "applications_person_idx" ON "applications" USING btree ("person_id");--> statement-breakpoint
-- Decision 0199: the applicant's name and e-mail copied onto each application and kept in step by the database,
-- whichever code writes the application or the person.
UPDATE "applications" a SET "applicant_name" = p."name", "applicant_email" = p."email" FROM "people" p WHERE p."id" = a."person_id";--> statement-breakpoint
CREATE FUNCTION "lots_application_applicant"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  SELECT p."name", p."email" INTO NEW."applicant_name", NEW."applicant_email" FROM "people" p WHERE p."id" = NEW."person_id";
  IF NOT FOUND THEN
    -- No such person: the foreign key refuses the row; the copy must not fail first.
    NEW."applicant_name" := '';
    NEW."applicant_email" := '';
  END IF;
  RETURN NEW;
END $$;--> statement-breakpoint
CREATE TRIGGER "applications_applicant" BEFORE INSERT OR UPDATE OF "person_id", "applicant_name", "applicant_email" ON "applications"
  FOR EACH ROW EXECUTE FUNCTION "lots_application_applicant"();--> statement-breakpoint
CREATE FUNCTION "lots_person_applications"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "applications" SET "applicant_name" = NEW."name", "applicant_email" = NEW."email" WHERE "person_id" = NEW."id";
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER "people_applications" AFTER UPDATE OF "name", "email" ON "people"
  FOR EACH ROW WHEN (OLD."name" IS DISTINCT FROM NEW."name" OR OLD."email" IS DISTINCT FROM NEW."email")
  EXECUTE FUNCTION "lots_person_applications"();
