/** Contract of the `costs` capability: shared costs of a joint program, their split, invoice bases and cost per outcome (issue 12). */
import { z } from 'zod';
import { idSchema, localeSchema, optionalText, text } from '../common';
import { MAX_AMOUNT_MINOR, MONEY_CURRENCIES } from './money';
import { BASIS_POINTS_TOTAL, SPLIT_RULES, WITHDRAWAL_RULES } from './rules';

export * from './money';
export * from './rules';

export const COST_CATEGORIES = ['venue', 'lecturers', 'training', 'catering', 'other'] as const;
export const EXPORT_FORMATS = ['csv', 'xlsx', 'pdf'] as const;
/** Attachments (a receipt, an invoice): PDF or image, at most 512 KiB, sent as base64 in the JSON body. */
export const ATTACHMENT_TYPES = ['application/pdf', 'image/png', 'image/jpeg'] as const;
export const MAX_ATTACHMENT_BYTES = 512 * 1024;

const isoDate = z.iso.date();
const minor = z.number().int().min(0).max(MAX_AMOUNT_MINOR);

export const costSettingsSchema = z.object({
  splitRule: z.enum(SPLIT_RULES),
  /** The agreed shares for `percentages`, in basis points (1 % = 100), one per participating organisation. */
  percentages: z.array(z.object({ organisationId: idSchema, basisPoints: z.number().int() })),
  withdrawalRule: z.enum(WITHDRAWAL_RULES),
  graceMonths: z.number().int(),
});
export type CostSettings = z.infer<typeof costSettingsSchema>;

export const costSettingsInputSchema = z
  .strictObject({
    splitRule: z.enum(SPLIT_RULES),
    percentages: z
      .array(z.strictObject({ organisationId: idSchema, basisPoints: z.number().int().min(0).max(BASIS_POINTS_TOTAL) }))
      .max(50)
      .default([]),
    withdrawalRule: z.enum(WITHDRAWAL_RULES).default('full'),
    graceMonths: z.number().int().min(0).max(24).default(0),
  })
  .superRefine((s, ctx) => {
    if (s.splitRule === 'percentages' && s.percentages.reduce((a, p) => a + p.basisPoints, 0) !== BASIS_POINTS_TOTAL)
      ctx.addIssue({ code: 'custom', path: ['percentages'], message: 'the percentages must add up to 100' });
    if (new Set(s.percentages.map((p) => p.organisationId)).size !== s.percentages.length)
      ctx.addIssue({ code: 'custom', path: ['percentages'], message: 'one percentage per organisation' });
  });
export type CostSettingsInput = z.input<typeof costSettingsInputSchema>;

export const attachmentInputSchema = z.strictObject({
  name: text(200),
  contentType: z.enum(ATTACHMENT_TYPES),
  /** The file's bytes in base64. */
  data: z
    .base64()
    .max(Math.ceil(MAX_ATTACHMENT_BYTES / 3) * 4)
    .min(4),
});

export const sharedCostInputSchema = z.strictObject({
  category: z.enum(COST_CATEGORIES),
  description: text(200),
  /** Without VAT, in minor units (öre, øre). */
  amount: minor,
  /** The VAT on it, in minor units. */
  vat: minor.default(0),
  /** Must be the program's currency: one program, one currency. */
  currency: z.enum(MONEY_CURRENCIES),
  incurredOn: isoDate,
  note: optionalText(2000),
  attachment: attachmentInputSchema.nullish(),
});
export type SharedCostInput = z.input<typeof sharedCostInputSchema>;

/**
 * A change to a shared cost (decision 0126): only the fields given change; `attachment: null`
 * removes the attachment. Amount, VAT and currency cannot change while any organisation's share of
 * the program is marked invoiced.
 */
export const sharedCostPatchSchema = z
  .strictObject({
    category: z.enum(COST_CATEGORIES).optional(),
    description: text(200).optional(),
    amount: minor.optional(),
    vat: minor.optional(),
    currency: z.enum(MONEY_CURRENCIES).optional(),
    incurredOn: isoDate.optional(),
    note: optionalText(2000),
    attachment: attachmentInputSchema.nullish(),
  })
  .refine((patch) => Object.keys(patch).length > 0, { message: 'nothing to change' });
export type SharedCostPatch = z.input<typeof sharedCostPatchSchema>;

export const sharedCostSchema = z.object({
  id: idSchema,
  category: z.enum(COST_CATEGORIES),
  description: z.string(),
  /** The whole cost — shown to those who see the whole program; null for an organisation's own staff. */
  amount: z.number().int().nullable(),
  vat: z.number().int().nullable(),
  /** The viewer's organisation's share of it (net and VAT); null for those who see the whole program. */
  share: z.object({ amount: z.number().int(), vat: z.number().int() }).nullable(),
  currency: z.enum(MONEY_CURRENCIES),
  incurredOn: z.string(),
  note: z.string().nullable(),
  attachment: z.object({ name: z.string(), contentType: z.string(), size: z.number().int() }).nullable(),
});
export type SharedCost = z.infer<typeof sharedCostSchema>;

export const costParticipantSchema = z.object({
  /** Only for the organisation's own staff, and for those who see the program's people; otherwise null. */
  name: z.string().nullable(),
  role: z.enum(['adept', 'mentor']),
  /** When they left after being accepted (withdrew, or ended their mentorship), else null. */
  leftOn: z.string().nullable(),
  /** Whether they count for fees and the split (the withdrawal rule). */
  counts: z.boolean(),
  fee: z.number().int(),
});
export type CostParticipant = z.infer<typeof costParticipantSchema>;

/** One organisation's invoice basis: its own staff, its fees, its share of the shared costs, the total. */
export const organisationCostSchema = z.object({
  organisationId: idSchema,
  organisationName: z.string(),
  owner: z.boolean(),
  /** At most this many adepts from this organisation (its own cap), or null. */
  adeptCap: z.number().int().nullable(),
  adepts: z.number().int(),
  mentors: z.number().int(),
  participants: z.array(costParticipantSchema),
  fees: z.number().int(),
  sharedAmount: z.number().int(),
  sharedVat: z.number().int(),
  total: z.number().int(),
  currency: z.enum(MONEY_CURRENCIES),
  basisPoints: z.number().int().nullable(),
  invoice: z.object({ invoicedOn: z.string(), reference: z.string() }).nullable(),
});
export type OrganisationCost = z.infer<typeof organisationCostSchema>;

export const costOutcomeSchema = z.object({
  total: z.number().int(),
  participants: z.number().int(),
  completedPairs: z.number().int(),
  /** Hours of meetings the pairs logged. */
  hours: z.number(),
  perParticipant: z.number().int().nullable(),
  perCompletedPair: z.number().int().nullable(),
  perHour: z.number().int().nullable(),
});
export type CostOutcome = z.infer<typeof costOutcomeSchema>;

export const costOverviewSchema = z.object({
  programId: idSchema,
  programName: z.string(),
  /** The organiser participants see: the owning organisation or network. */
  organiserName: z.string(),
  currency: z.enum(MONEY_CURRENCIES),
  startsOn: z.string().nullable(),
  feePerAdept: z.number().int(),
  feePerMentor: z.number().int(),
  settings: costSettingsSchema,
  sharedCosts: z.object({
    items: z.array(sharedCostSchema),
    total: z.number().int(),
    page: z.number().int(),
    pageSize: z.number().int(),
  }),
  /** Those who see the whole program: every participating organisation; an organisation's staff: their own only. */
  organisations: z.array(organisationCostSchema),
  /** The program's totals and cost per outcome: for those who see the whole program only. */
  programTotals: z
    .object({ fees: z.number().int(), sharedAmount: z.number().int(), sharedVat: z.number().int(), total: z.number().int() })
    .nullable(),
  outcome: costOutcomeSchema.nullable(),
  can: z.object({ manage: z.boolean() }),
});
export type CostOverview = z.infer<typeof costOverviewSchema>;

export const costOverviewQuerySchema = z.strictObject({
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(25),
});

export const costOrganisationParamsSchema = z.strictObject({ programId: idSchema, organisationId: idSchema });
export const sharedCostParamsSchema = z.strictObject({ programId: idSchema, costId: idSchema });
/** `lang`: the file's language when it is not the reader's saved one. */
export const basisExportQuerySchema = z.strictObject({ format: z.enum(EXPORT_FORMATS), lang: localeSchema.optional() });

export const invoiceInputSchema = z.strictObject({ invoicedOn: isoDate, reference: text(100) });
export type InvoiceInput = z.infer<typeof invoiceInputSchema>;

export const adeptCapInputSchema = z.strictObject({ adeptCap: z.number().int().min(0).max(10_000).nullable() });
export type AdeptCapInput = z.infer<typeof adeptCapInputSchema>;

/** GET /api/programs/:programId/costs/access: whether the viewer sees (and manages) the program's costs. */
export const costAccessSchema = z.object({ read: z.boolean(), manage: z.boolean() });
export type CostAccessAnswer = z.infer<typeof costAccessSchema>;
