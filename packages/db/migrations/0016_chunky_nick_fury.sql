CREATE TABLE "directory_entries" (
	"program_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"interests" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "directory_entries_program_id_person_id_pk" PRIMARY KEY("program_id","person_id")
);
--> statement-breakpoint
CREATE TABLE "program_group_members" (
	"group_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"role" text DEFAULT 'member' NOT NULL,
	CONSTRAINT "program_group_members_group_id_person_id_pk" PRIMARY KEY("group_id","person_id")
);
--> statement-breakpoint
CREATE TABLE "program_groups" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"program_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"name" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "events" ADD COLUMN "audience_group_id" uuid;--> statement-breakpoint
ALTER TABLE "directory_entries" ADD CONSTRAINT "directory_entries_program_id_programs_id_fk" FOREIGN KEY ("program_id") REFERENCES "public"."programs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "directory_entries" ADD CONSTRAINT "directory_entries_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "program_group_members" ADD CONSTRAINT "program_group_members_group_id_program_groups_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."program_groups"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "program_group_members" ADD CONSTRAINT "program_group_members_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "program_groups" ADD CONSTRAINT "program_groups_program_id_programs_id_fk" FOREIGN KEY ("program_id") REFERENCES "public"."programs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "directory_entries_person_idx" ON "directory_entries" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "program_group_members_person_idx" ON "program_group_members" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "program_groups_program_idx" ON "program_groups" USING btree ("program_id","created_at");--> statement-breakpoint
ALTER TABLE "events" ADD CONSTRAINT "events_audience_group_id_program_groups_id_fk" FOREIGN KEY ("audience_group_id") REFERENCES "public"."program_groups"("id") ON DELETE set null ON UPDATE no action;