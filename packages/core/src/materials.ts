/**
 * Material files (guides, question banks, training material) attached to a program's events and
 * resources (issue 11, decision 0114). Sent as base64 in a JSON body and kept in the database, the
 * way a shared cost's attachment is (decision 0120); a type outside the list is a 415 and a file
 * over the limit a 413, both naming the field.
 */
import { z } from 'zod';
import { text } from './common';

export const MATERIAL_TYPES = [
  'application/pdf',
  'image/png',
  'image/jpeg',
  'text/plain',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/vnd.oasis.opendocument.text',
  'application/vnd.oasis.opendocument.presentation',
  'application/vnd.oasis.opendocument.spreadsheet',
] as const;
export type MaterialType = (typeof MATERIAL_TYPES)[number];
/** The largest material file: 2 MiB. */
export const MAX_MATERIAL_BYTES = 2 * 1024 * 1024;
/** The body limit of a route that takes a material file: its base64 and room for the other fields. */
export const MATERIAL_BODY_LIMIT = Math.ceil(MAX_MATERIAL_BYTES / 3) * 4 + 64 * 1024;

export const isMaterialType = (type: string): type is MaterialType => (MATERIAL_TYPES as readonly string[]).includes(type);

/** A file as sent: its name, its type (checked against MATERIAL_TYPES by the server: 415) and its bytes in base64. */
export const materialFileInputSchema = z.strictObject({
  name: text(200),
  contentType: z.string().trim().min(3).max(200),
  /** The file's bytes in base64 (at most MAX_MATERIAL_BYTES once decoded: 413). */
  data: z.base64().min(4),
});
export type MaterialFileInput = z.input<typeof materialFileInputSchema>;

/** A stored file as listed: never its bytes (those come from the file's own download route). */
export const materialFileSchema = z.object({ name: z.string(), contentType: z.string(), size: z.number().int() });
export type MaterialFile = z.infer<typeof materialFileSchema>;
