/** Contract of the `outbox` capability: the mail Lots has sent or keeps (without SMTP), for administrators. */
import { z } from 'zod';
import { listQuerySchema } from '../lists';
import { MAIL_STATUSES, OUTBOX_SORTS } from '../values';

export { MAIL_STATUSES, OUTBOX_SORTS };

export const mailStatusSchema = z.enum(MAIL_STATUSES);
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

/** The Outbox's query (decision 0161): search in recipient and subject, a status, an order, a page; newest first by default. */
export const outboxQuerySchema = listQuerySchema(OUTBOX_SORTS, { sort: 'createdAt', dir: 'desc', limit: 50, max: 200 }).extend({
  status: mailStatusSchema.optional(),
});
export type OutboxQuery = z.output<typeof outboxQuerySchema>;
export type OutboxPage = z.infer<typeof outboxPageSchema>;
