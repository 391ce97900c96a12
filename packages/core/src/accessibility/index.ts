/**
 * Contract of the `accessibility` capability: the installation's accessibility statement (issue 14
 * item 7, decision 0140), with the fields DIGG requires under the Swedish DOS law and Uutilsynet
 * under the Norwegian universal-design rules. The texts of the statement (what a level means, the
 * known gaps and their reasons) are in the `accessibility` catalogs; the facts come from here.
 */
import { z } from 'zod';

/** The supervisory authority: DIGG for Swedish organisations, Uutilsynet for Norwegian ones. */
export const SUPERVISORS = {
  SE: { name: 'Myndigheten för digital förvaltning (DIGG)', url: 'https://www.digg.se/tdosanmalan' },
  NO: { name: 'Tilsynet for universell utforming av ikt (Uutilsynet)', url: 'https://www.uutilsynet.no/' },
} as const;

export const COMPLIANCE_LEVELS = ['full', 'partial', 'none'] as const;
export type ComplianceLevel = (typeof COMPLIANCE_LEVELS)[number];

/** The known gaps of this version of Lots, each with its reason in the catalogs (`accessibility:gaps.<key>`). */
export const KNOWN_GAPS = ['pdfValidation', 'pdfFont', 'uploadedFiles'] as const;
export type KnownGap = (typeof KNOWN_GAPS)[number];

export const accessibilityStatementSchema = z.object({
  /** The organisation responsible for this installation of Lots. */
  organisation: z.string(),
  /** The name of the service the statement covers. */
  service: z.string(),
  /** Its address (PUBLIC_URL). */
  url: z.string(),
  country: z.enum(['SE', 'NO']),
  complianceLevel: z.enum(COMPLIANCE_LEVELS),
  knownGaps: z.array(z.enum(KNOWN_GAPS)),
  /** How the service was assessed: a self-assessment (`self`) or by a third party (`external`). */
  assessmentMethod: z.enum(['self', 'external']),
  /** The date of the latest assessment, YYYY-MM-DD. */
  assessedOn: z.string(),
  /** The date the statement was last reviewed, YYYY-MM-DD. */
  updatedOn: z.string(),
  /** Where to report a problem: an e-mail address, or null when the installation has none. */
  feedbackEmail: z.string().nullable(),
  /** Or a web address for feedback, when the organisation has a form. */
  feedbackUrl: z.string().nullable(),
  supervisor: z.object({ name: z.string(), url: z.string() }),
});
export type AccessibilityStatement = z.infer<typeof accessibilityStatementSchema>;
