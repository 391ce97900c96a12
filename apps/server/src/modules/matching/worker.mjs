// Runs the matching of a whole cohort off the request thread.
import { parentPort, workerData } from 'node:worker_threads';
import { matchCohort } from '@lots/matching/cohort';

let last = -1;
const result = matchCohort(workerData, (progress) => {
  if (progress !== last) {
    last = progress;
    parentPort.postMessage({ type: 'progress', progress });
  }
});
parentPort.postMessage({ type: 'done', result });
