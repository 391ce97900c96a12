CREATE TABLE "network_members" (
	"network_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	CONSTRAINT "network_members_network_id_organisation_id_pk" PRIMARY KEY("network_id","organisation_id")
);
--> statement-breakpoint
CREATE TABLE "program_cost_settings" (
	"program_id" uuid PRIMARY KEY NOT NULL,
	"split_rule" text DEFAULT 'per_participant' NOT NULL,
	"percentages" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"withdrawal_rule" text DEFAULT 'full' NOT NULL,
	"grace_months" integer DEFAULT 0 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "program_invoices" (
	"program_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"invoiced_on" date NOT NULL,
	"reference" text NOT NULL,
	"marked_by" uuid,
	"marked_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "program_invoices_program_id_organisation_id_pk" PRIMARY KEY("program_id","organisation_id")
);
--> statement-breakpoint
CREATE TABLE "program_shared_costs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"program_id" uuid NOT NULL,
	"category" text NOT NULL,
	"description" text NOT NULL,
	"amount" integer NOT NULL,
	"vat" integer DEFAULT 0 NOT NULL,
	"currency" text NOT NULL,
	"incurred_on" date NOT NULL,
	"note" text,
	"attachment_name" text,
	"attachment_type" text,
	"attachment_data" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "program_organisations" ADD COLUMN "adept_cap" integer;--> statement-breakpoint
ALTER TABLE "network_members" ADD CONSTRAINT "network_members_network_id_organisations_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "network_members" ADD CONSTRAINT "network_members_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "program_cost_settings" ADD CONSTRAINT "program_cost_settings_program_id_programs_id_fk" FOREIGN KEY ("program_id") REFERENCES "public"."programs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "program_invoices" ADD CONSTRAINT "program_invoices_program_id_programs_id_fk" FOREIGN KEY ("program_id") REFERENCES "public"."programs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "program_invoices" ADD CONSTRAINT "program_invoices_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "program_invoices" ADD CONSTRAINT "program_invoices_marked_by_people_id_fk" FOREIGN KEY ("marked_by") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "program_shared_costs" ADD CONSTRAINT "program_shared_costs_program_id_programs_id_fk" FOREIGN KEY ("program_id") REFERENCES "public"."programs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "program_shared_costs" ADD CONSTRAINT "program_shared_costs_created_by_people_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "network_members_organisation_idx" ON "network_members" USING btree ("organisation_id");--> statement-breakpoint
CREATE INDEX "program_shared_costs_program_idx" ON "program_shared_costs" USING btree ("program_id","incurred_on");