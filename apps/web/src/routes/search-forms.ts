/**
 * The search text of the list filters, checked by their forms with zod like every form (lib/form.ts).
 * Kept apart from the router's plain search readers (`search.ts`, decision 0183) so that zod loads
 * with the filter's page, not before the first page.
 */
import { z } from 'zod';

/** A non-blank string (a number is taken as its text). */
const q = z
  .preprocess(
    (v) => (typeof v === 'number' ? String(v) : v),
    z.string().refine((s) => s.trim() !== ''),
  )
  .optional()
  .catch(undefined);

/** Every list's search box (components/ListSearch.tsx). */
export const listSearchSchema = z.object({ q });
