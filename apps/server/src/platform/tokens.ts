import { createHash, randomBytes } from 'node:crypto';

/** Single-use links: the token goes into the e-mail, only its SHA-256 is stored. */
export function newToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, hash: hashToken(token) };
}

export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

export const daysFromNow = (days: number) => new Date(Date.now() + days * 24 * 3600 * 1000);
