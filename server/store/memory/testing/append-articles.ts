/**
 * A second process writing to a data dir, for the tests that check writers do
 * not overwrite each other: `node --import tsx append-articles.ts <file> <from> <count>`
 * accepts `count` one-person articles numbered from `from`, as fast as it can.
 */
import { createMemoryStore } from '../memory-store';
import { testArticle } from './test-articles';

const [file, from, count] = [process.argv[2]!, Number(process.argv[3]), Number(process.argv[4])];
const store = createMemoryStore();
await store.useAcceptedFacts(file, { watchIntervalMs: 0 });
for (let n = from; n < from + count; n++) await store.writeFacts(testArticle(n));
await store.close();
