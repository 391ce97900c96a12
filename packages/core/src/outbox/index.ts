/** Contract of the `outbox` capability: the mail Lots has sent or keeps (without SMTP), for administrators. */
import { z } from 'zod';

export const mailStatusSchema = z.enum(['queued', 'sending', 'sent', 'outbox', 'failed']);
export const outboxMessageSchema = z.object({
  id: z.uuid(),
  to: z.string(),
  subject: z.string(),
  text: z.string(),
  template: z.string(),
  locale: z.string(),
  status: mailStatusSchema,
  attempts: z.number().int(),
  createdAt: z.string(),
  sentAt: z.string().nullable(),
});
export type OutboxMessage = z.infer<typeof outboxMessageSchema>;
export const outboxPageSchema = z.object({ items: z.array(outboxMessageSchema), total: z.number().int() });

export const outboxQuerySchema = z.strictObject({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});
export type OutboxPage = z.infer<typeof outboxPageSchema>;
