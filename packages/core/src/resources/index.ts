/**
 * Contract of the `resources` capability: a program's links (guides, question banks, training
 * material) per role and language, shown to the audience they are meant for.
 */
import { z } from 'zod';
import { idSchema, localeSchema, optionalText, text } from '../common';
import { materialFileInputSchema, materialFileSchema } from '../materials';

/** Who a resource is for: everyone who sees the program, its accepted mentors or adepts, its coordinators. */
export const RESOURCE_AUDIENCES = ['everyone', 'mentors', 'adepts', 'coordinators'] as const;
export const resourceAudienceSchema = z.enum(RESOURCE_AUDIENCES);
export type ResourceAudience = z.infer<typeof resourceAudienceSchema>;

/** A resource is a link or a file (decision 0114): exactly one of `url` and `file`. */
export const resourceInputSchema = z
  .strictObject({
    title: text(200),
    description: optionalText(1000),
    url: z
      .url({ protocol: /^https?$/ })
      .max(2000)
      .nullish(),
    /** A file instead of a link: its type one of MATERIAL_TYPES (415), at most MAX_MATERIAL_BYTES (413). */
    file: materialFileInputSchema.nullish(),
    audience: resourceAudienceSchema.default('everyone'),
    /** The language the material is in; none: every language (or none at all). */
    locale: localeSchema.nullish(),
  })
  .superRefine((r, ctx) => {
    if (!r.url && !r.file) ctx.addIssue({ code: 'custom', path: ['url'], message: 'a link or a file is needed' });
    if (r.url && r.file) ctx.addIssue({ code: 'custom', path: ['file'], message: 'a link or a file, not both' });
  });
export type ResourceInput = z.input<typeof resourceInputSchema>;

export const resourceSchema = z.object({
  id: idSchema,
  title: z.string(),
  description: z.string().nullable(),
  /** The link; null for a file. */
  url: z.string().nullable(),
  /** The file (downloaded from `…/resources/:resourceId/file`); null for a link. */
  file: materialFileSchema.nullable(),
  audience: resourceAudienceSchema,
  locale: localeSchema.nullable(),
  createdAt: z.string(),
});
export type Resource = z.infer<typeof resourceSchema>;

export const resourceListQuerySchema = z.strictObject({
  limit: z.coerce.number().int().min(1).max(100).default(20),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
});

/** One page of the resources meant for the viewer (every one for those who manage the program). */
export const resourceListSchema = z.object({
  items: z.array(resourceSchema),
  total: z.number().int(),
  limit: z.number().int(),
  offset: z.number().int(),
  can: z.object({ manage: z.boolean() }),
});
export type ResourceList = z.infer<typeof resourceListSchema>;

export const resourceParamsSchema = z.strictObject({ programId: idSchema, resourceId: idSchema });
