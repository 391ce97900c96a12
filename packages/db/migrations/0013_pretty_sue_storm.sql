CREATE TABLE "program_resources" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"program_id" uuid NOT NULL,
	"audience" text DEFAULT 'everyone' NOT NULL,
	"locale" text,
	"title" text NOT NULL,
	"description" text,
	"url" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "program_resources" ADD CONSTRAINT "program_resources_program_id_programs_id_fk" FOREIGN KEY ("program_id") REFERENCES "public"."programs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "program_resources_program_idx" ON "program_resources" USING btree ("program_id","created_at");