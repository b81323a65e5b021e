/**
 * Reads articles off the event loop, within a time budget: the server's
 * searches and health checks keep answering while a long text is read, and a
 * text that takes longer than the budget is refused (its worker is stopped
 * and a fresh one started), however it was crafted.
 */
import { join } from 'node:path';
import type { Worker } from 'node:worker_threads';
import { StatusError } from '../../contract/errors';
import { startTypeScriptWorker } from '../../workers/typescript-worker';
import type { AnalysisReply, AnalysisRequest } from './article-reader.worker';
import { ArticleInputError } from '../reading/article-input';
import { ArticleTooLargeError } from '../reading/article-limits';
import type { Analyse, ArticleAnalysis, ProposeOptions } from '../extraction/analyse-article';

export interface ArticleReader {
  analyse: Analyse;
  close(): Promise<void>;
}

/** The text took longer to read than the budget allows. */
export class ReadingTimeoutError extends StatusError {
  override readonly name = 'ReadingTimeoutError';
  readonly status = 422;
  readonly code = 'unprocessable';
  override readonly field = 'text';
}


/** Errors the worker refused the text with, as the classes the HTTP layer maps to statuses. */
function rebuild({ name, message }: { name: string; message: string }): Error {
  if (name === 'ArticleInputError') return new ArticleInputError(message);
  if (name === 'ArticleTooLargeError') return new ArticleTooLargeError(message);
  return new Error(message);
}

interface Job {
  request: AnalysisRequest;
  resolve: (analysis: ArticleAnalysis) => void;
  reject: (error: Error) => void;
}

/**
 * One worker, one text at a time, in arrival order. The budget counts from
 * when a text's reading starts, not while it waits its turn.
 */
export function createArticleReader({ budgetMs }: { budgetMs: number }): ArticleReader {
  let worker: Worker | null = null;
  let current: { job: Job; timer: NodeJS.Timeout; reader: Worker } | null = null;
  const waiting: Job[] = [];
  let nextId = 1;
  let closed = false;

  const settle = (outcome: { analysis: ArticleAnalysis } | { error: Error }) => {
    if (!current) return;
    const { job, timer } = current;
    clearTimeout(timer);
    current = null;
    if ('analysis' in outcome) job.resolve(outcome.analysis);
    else job.reject(outcome.error);
    startNext();
  };

  const spawn = () => {
    const w = startTypeScriptWorker(join(import.meta.dirname, 'article-reader.worker.ts'));
    w.on('message', (reply: AnalysisReply) => {
      if (current?.job.request.id !== reply.id) return;
      settle(reply.ok ? { analysis: reply.analysis } : { error: rebuild(reply.error) });
    });
    // A reader stopped for its budget has already answered: only its own job may fail with it.
    w.on('error', (error) => {
      if (current?.reader === w) settle({ error });
    });
    w.on('exit', () => {
      if (worker === w) worker = null;
      if (current?.reader === w) settle({ error: new Error('the article reader stopped unexpectedly') });
    });
    // An idle reader must not keep the process alive (the CLI, tests).
    w.unref();
    return w;
  };

  const startNext = () => {
    if (current || closed) return;
    const job = waiting.shift();
    if (!job) return;
    const reader = (worker ??= spawn());
    const timer = setTimeout(() => {
      worker = null;
      settle({ error: new ReadingTimeoutError(`reading the article took longer than ${budgetMs / 1000} s, the most one request may take; send a shorter text`) });
      void reader.terminate();
    }, budgetMs);
    current = { job, timer, reader };
    reader.postMessage(job.request);
  };

  return {
    analyse: (rawText: string, options: ProposeOptions) =>
      new Promise<ArticleAnalysis>((resolve, reject) => {
        if (closed) return reject(new Error('the server is shutting down'));
        waiting.push({ request: { id: nextId++, rawText, options }, resolve, reject });
        startNext();
      }),
    async close() {
      closed = true;
      for (const job of waiting.splice(0)) job.reject(new Error('the server is shutting down'));
      const w = worker;
      worker = null;
      await w?.terminate();
    },
  };
}

/**
 * A text that takes every step of reading (dateline, titles, agencies, a meeting, topics), so that each
 * step's first-use set-up (lexicons, date parsing, name keys) is paid here, not by the first article.
 */
const WARM_UP_TEXT =
  "Rabat, 12 mars 2025 – Le Directeur général de la Sûreté nationale, Abdellatif Hammouchi, a reçu lundi à Rabat le directeur du FBI, Christopher Wray. " +
  'Les deux responsables ont abordé la lutte contre le terrorisme et la criminalité organisée.';

/** Starts the worker before the first article arrives, so that one does not pay its start-up. */
export async function warmUp(runner: ArticleReader): Promise<void> {
  await runner.analyse(WARM_UP_TEXT, {}).catch(() => undefined);
}
