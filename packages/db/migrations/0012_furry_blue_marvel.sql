ALTER TABLE "rematch_requests" ADD COLUMN "handled_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "rematch_requests" ADD COLUMN "handled_by" uuid;--> statement-breakpoint
ALTER TABLE "surveys" ADD COLUMN "ended_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "rematch_requests" ADD CONSTRAINT "rematch_requests_handled_by_people_id_fk" FOREIGN KEY ("handled_by") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;