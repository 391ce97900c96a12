CREATE TABLE "program_contacts" (
	"program_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"name" text NOT NULL,
	"email" text NOT NULL,
	"phone" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "program_contacts_program_id_organisation_id_pk" PRIMARY KEY("program_id","organisation_id")
);
--> statement-breakpoint
ALTER TABLE "program_contacts" ADD CONSTRAINT "program_contacts_program_id_programs_id_fk" FOREIGN KEY ("program_id") REFERENCES "public"."programs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "program_contacts" ADD CONSTRAINT "program_contacts_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;