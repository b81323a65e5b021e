/** A reader thread that takes 1.5 s longer to start than the real one, for the test that start-up is not a text's budget. */
import { setTimeout as sleep } from 'node:timers/promises';

await sleep(1_500);
await import('../worker/article-reader.worker');
