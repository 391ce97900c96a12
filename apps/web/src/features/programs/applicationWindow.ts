import type { Program } from '@lots/core';

const today = () => new Date().toISOString().slice(0, 10);

/** Whether applications are taken now (the API checks the same: status open, within the window). */
export function applicationWindow(
  program: Pick<Program, 'status' | 'applicationOpensOn' | 'applicationClosesOn'>,
  now = today(),
): 'open' | 'notYet' | 'closed' | 'notOpen' {
  if (program.status !== 'open') return 'notOpen';
  if (program.applicationOpensOn && now < program.applicationOpensOn) return 'notYet';
  if (program.applicationClosesOn && now > program.applicationClosesOn) return 'closed';
  return 'open';
}
