/** The demo accounts, listed on the sign-in page in demo mode only. */
export const DEMO_PASSWORD = 'lots-demo';
export const DEMO_ACCOUNTS = [
  { email: 'admin@example.org', role: 'admin' },
  { email: 'samordnare@example.org', role: 'coordinator' },
  { email: 'mentor@example.org', role: 'mentor' },
  { email: 'adept@example.org', role: 'adept' },
] as const;
