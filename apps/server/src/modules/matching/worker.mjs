// Runs the matching of a whole cohort off the request thread: started before its input is read,
// it computes the cohort it is sent (decision 0197) and ends.
import { parentPort } from 'node:worker_threads';
import { matchCohort } from '@lots/matching/cohort';

parentPort.once('message', (input) => {
  let last = -1;
  const result = matchCohort(input, (progress) => {
    if (progress !== last) {
      last = progress;
      parentPort.postMessage({ type: 'progress', progress });
    }
  });
  parentPort.postMessage({ type: 'done', result });
});
