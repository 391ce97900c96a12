/**
 * The fields that make a test program openable (the checklist of decision 0150): the harness's
 * `createProgram` defaults, and what a test that posts a program itself spreads in. The one place
 * these fields are written for tests.
 */
export const OPENABLE_PROGRAM = {
  type: 'classic',
  purpose: 'Att ge medarbetare en erfaren samtalspartner',
  contactName: 'Programkontakt',
  contactEmail: 'program@example.org',
  applicationClosesOn: '2099-12-31',
  startsOn: '2100-01-15',
  endsOn: '2100-12-15',
  expectationsAdept: 'Att komma förberedd till varje möte',
  expectationsMentor: 'Att lyssna och ställa frågor',
} as const;
