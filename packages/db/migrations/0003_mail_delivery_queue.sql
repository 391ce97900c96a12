ALTER TABLE "mail_messages" ADD COLUMN "message_id" text;--> statement-breakpoint
UPDATE "mail_messages" SET "message_id" = '<' || "id" || '@lots.local>';--> statement-breakpoint
ALTER TABLE "mail_messages" ALTER COLUMN "message_id" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "mail_messages" ADD COLUMN "next_attempt_at" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
ALTER TABLE "mail_messages" ADD COLUMN "claimed_until" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "mail_messages" ADD COLUMN "claim_token" uuid;--> statement-breakpoint
CREATE INDEX "mail_messages_due_idx" ON "mail_messages" USING btree ("next_attempt_at") WHERE "mail_messages"."status" in ('queued', 'sending');--> statement-breakpoint
-- A mail left 'sending' by a crash before this version was never retried: it is queued again (at least once).
UPDATE "mail_messages" SET "status" = 'queued' WHERE "status" = 'sending';
