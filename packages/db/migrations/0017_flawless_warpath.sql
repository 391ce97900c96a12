ALTER TABLE "applications" ADD COLUMN "retention_from" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "applications" ADD COLUMN "personal_data_removed_at" timestamp with time zone;