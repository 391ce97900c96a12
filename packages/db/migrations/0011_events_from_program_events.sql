-- The old program events become events of the new capability: two hours from their start, in Stockholm time, for everyone.
INSERT INTO "events" ("id", "program_id", "kind", "title", "description", "starts_at", "ends_at", "time_zone", "mode", "location", "audience")
SELECT "id", "program_id",
  CASE "kind" WHEN 'mentor_training' THEN 'training' ELSE "kind" END,
  "title", "description", "starts_at", "starts_at" + interval '2 hours', 'Europe/Stockholm', 'physical', "location", 'everyone'
FROM "program_events";--> statement-breakpoint
DROP TABLE "program_events" CASCADE;
