/** Contract of the `events` capability: a program's events (kick-off, inspiration, training, closing). */
import { z } from 'zod';
import { idSchema, optionalText, text } from '../common';

export const EVENT_KINDS = ['kickoff', 'inspiration', 'mentor_training', 'closing', 'other'] as const;

export const programEventSchema = z.object({
  id: idSchema,
  kind: z.enum(EVENT_KINDS),
  title: z.string(),
  startsAt: z.string(),
  location: z.string().nullable(),
  description: z.string().nullable(),
});
export type ProgramEvent = z.infer<typeof programEventSchema>;
export const programEventInputSchema = z.strictObject({
  kind: z.enum(EVENT_KINDS),
  title: text(200),
  startsAt: z.iso.datetime({ offset: true, local: true }),
  location: optionalText(200),
  description: optionalText(2000),
});

export const eventParamsSchema = z.strictObject({ programId: idSchema, eventId: idSchema });
export const programEventPatchSchema = programEventInputSchema.partial();
export type ProgramEventInput = z.input<typeof programEventInputSchema>;
