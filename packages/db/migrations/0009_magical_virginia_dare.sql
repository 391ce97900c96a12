DROP INDEX "nominations_unique";--> statement-breakpoint
ALTER TABLE "nominations" ADD COLUMN "role" text DEFAULT 'mentor' NOT NULL;--> statement-breakpoint
ALTER TABLE "programs" ADD COLUMN "mentors_must_be_nominated" boolean DEFAULT false NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX "nominations_unique" ON "nominations" USING btree ("program_id","nominee_person_id","role");