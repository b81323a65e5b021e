/**
 * The worker thread that reads articles for the server (see
 * article-reader.ts): one request at a time, each answered with the analysis
 * or with the error that refused the text.
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
