ALTER TABLE "mail_messages" ADD COLUMN "secret_text" text;--> statement-breakpoint
ALTER TABLE "mail_messages" ADD COLUMN "secret_html" text;