/**
 * The worker thread that reads articles for the server (see
 * article-reader.ts): it first reads a warm-up text and says it is ready,
 * then one request at a time, each answered with the analysis or with the
 * error that refused the text.
 */
import { parentPort } from 'node:worker_threads';
import { analyseHere, type ProposeOptions } from '../extraction/analyse-article';

export interface AnalysisRequest {
  id: number;
  rawText: string;
  options: ProposeOptions;
}

export type AnalysisReply =
  | { id: number; ok: true; analysis: Awaited<ReturnType<typeof analyseHere>> }
  | { id: number; ok: false; error: { name: string; message: string } };

/** Posted once, after the warm-up: from then on the reading budget is the text's alone. */
export interface ReaderReady {
  ready: true;
}

/**
 * A text that takes every step of reading (dateline, titles, agencies, a meeting, topics), so that each
 * step's first-use set-up (lexicons, date parsing, name keys) is paid here, not by the first article.
 */
const WARM_UP_TEXT =
  "Rabat, 12 mars 2025 – Le Directeur général de la Sûreté nationale, Abdellatif Hammouchi, a reçu lundi à Rabat le directeur du FBI, Christopher Wray. " +
  'Les deux responsables ont abordé la lutte contre le terrorisme et la criminalité organisée.';

parentPort?.on('message', async ({ id, rawText, options }: AnalysisRequest) => {
  let reply: AnalysisReply;
  try {
    reply = { id, ok: true, analysis: await analyseHere(rawText, options) };
  } catch (error) {
    const { name, message } = error instanceof Error ? error : new Error(String(error));
    reply = { id, ok: false, error: { name, message } };
  }
  parentPort?.postMessage(reply);
});

await analyseHere(WARM_UP_TEXT, {}).catch(() => undefined);
parentPort?.postMessage({ ready: true } satisfies ReaderReady);
