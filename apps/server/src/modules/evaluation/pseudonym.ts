import { createHmac } from 'node:crypto';

/**
 * The pseudonymous key of a person's answers in a program (decision 0132): an HMAC of the program
 * and the person with the installation's secret. The same person's answers in the same program share
 * it (so before/after change can be computed); without the secret it cannot be traced back, and it
 * differs between programs, so answers cannot be linked across programs.
 */
export function pseudonymOf(secret: string, programId: string, personId: string): string {
  return createHmac('sha256', secret).update(`survey:${programId}:${personId}`).digest('base64url');
}
