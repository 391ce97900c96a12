ALTER TABLE "program_organisations" ADD COLUMN "status" text DEFAULT 'accepted' NOT NULL;--> statement-breakpoint
ALTER TABLE "program_organisations" ADD COLUMN "invited_at" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
ALTER TABLE "program_organisations" ADD COLUMN "responded_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "program_organisations" ADD COLUMN "responded_by" uuid;--> statement-breakpoint
ALTER TABLE "program_organisations" ADD CONSTRAINT "program_organisations_responded_by_people_id_fk" FOREIGN KEY ("responded_by") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;