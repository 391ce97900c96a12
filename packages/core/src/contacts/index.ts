/** Contract of the `contacts` capability: one contact person per participating organisation of a program. */
import { z } from 'zod';
import { emailSchema, idSchema, optionalText, text } from '../common';

export const contactSchema = z.object({
  organisationId: idSchema,
  organisationName: z.string(),
  name: z.string(),
  email: z.string(),
  phone: z.string().nullable(),
});
export type Contact = z.infer<typeof contactSchema>;

/** The contacts the viewer may see (managers: every organisation's; participants: their own), and whether they may edit them. */
export const contactListSchema = z.object({
  contacts: z.array(contactSchema),
  can: z.object({ manage: z.boolean() }),
});
export type ContactList = z.infer<typeof contactListSchema>;

export const contactInputSchema = z.strictObject({
  name: text(200),
  email: emailSchema,
  phone: optionalText(50),
});
export type ContactInput = z.infer<typeof contactInputSchema>;

export const contactParamsSchema = z.strictObject({ programId: idSchema, organisationId: idSchema });
