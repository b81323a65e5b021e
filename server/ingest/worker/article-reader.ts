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
import type { AnalysisReply, AnalysisRequest, ReaderReady } from './article-reader.worker';
import { ArticleInputError } from '../reading/article-input';
import { ArticleTooLargeError } from '../reading/article-limits';
import type { Analyse, ArticleAnalysis, ProposeOptions } from '../extraction/analyse-article';

export interface ArticleReader {
  analyse: Analyse;
  /** Resolves once a reader thread has loaded and warmed up: the next text's budget is its own. */
  ready(): Promise<void>;
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

/** A reader thread, and when it has loaded the ingestion code and read its warm-up text. */
interface ReaderThread {
  thread: Worker;
  ready: Promise<void>;
}

/** Loading the ingestion code on a loaded machine takes seconds; a thread that is not ready after this is stuck. */
const START_UP_LIMIT_MS = 60_000;

/** The module a reader thread runs. */
const READER_MODULE = join(import.meta.dirname, 'article-reader.worker.ts');

/** Starts a reader thread (it keeps the process alive until told otherwise); `reply` gets its answers, `exit` is called when it stops. */
function startReaderThread(file: string, reply: (reply: AnalysisReply) => void, exit: (error?: Error) => void): ReaderThread {
  const thread = startTypeScriptWorker(file);
  let markReady = () => {};
  let markLost = (_error: Error) => {};
  const ready = new Promise<void>((resolve, reject) => ((markReady = resolve), (markLost = reject)));
  ready.catch(() => undefined); // nobody may be waiting; whoever is sees the rejection
  const stuck = setTimeout(() => void thread.terminate(), START_UP_LIMIT_MS).unref();
  thread.on('message', (message: AnalysisReply | ReaderReady) => ('ready' in message ? (clearTimeout(stuck), markReady()) : reply(message)));
  thread.on('error', (error) => exit(error));
  thread.on('exit', () => {
    clearTimeout(stuck);
    markLost(new Error('the article reader stopped before it was ready'));
    exit();
  });
  return { thread, ready };
}

/**
 * One worker, one text at a time, in arrival order. The budget counts from
 * when a text's reading starts: not while it waits its turn, nor while a
 * fresh worker loads the ingestion code and warms up. An idle reader does
 * not keep the process alive (the CLI, tests); a starting or busy one does.
 */
export function createArticleReader({ budgetMs, module = READER_MODULE }: { budgetMs: number; /** tests: a module that starts the reader's */ module?: string }): ArticleReader {
  let reader: ReaderThread | null = null;
  let current: { job: Job; timer?: NodeJS.Timeout; on: ReaderThread } | null = null;
  const waiting: Job[] = [];
  let nextId = 1;
  let closed = false;

  const settle = (outcome: { analysis: ArticleAnalysis } | { error: Error }) => {
    if (!current) return;
    const { job, timer } = current;
    clearTimeout(timer);
    current = null;
    void ('analysis' in outcome ? job.resolve(outcome.analysis) : job.reject(outcome.error));
    startNext();
    if (!current) reader?.thread.unref();
  };

  const spawn = (): ReaderThread => {
    const self: ReaderThread = startReaderThread(
      module,
      (reply) => current?.job.request.id === reply.id && settle(reply.ok ? { analysis: reply.analysis } : { error: rebuild(reply.error) }),
      // A reader stopped for its budget has already answered: only its own job may fail with it.
      (error) => {
        if (!error && reader === self) reader = null;
        if (current?.on === self) settle({ error: error ?? new Error('the article reader stopped unexpectedly') });
      },
    );
    void self.ready.then(() => current?.on !== self && self.thread.unref(), () => undefined);
    return self;
  };

  const startNext = () => {
    if (current || closed) return;
    const job = waiting.shift();
    if (!job) return;
    const on = (reader ??= spawn());
    const started: { job: Job; timer?: NodeJS.Timeout; on: ReaderThread } = { job, on };
    current = started;
    on.thread.ref();
    on.ready.then(() => {
      if (current !== started) return;
      started.timer = setTimeout(() => {
        reader = null;
        settle({ error: new ReadingTimeoutError(`reading the article took longer than ${budgetMs / 1000} s, the most one request may take; send a shorter text`) });
        void on.thread.terminate();
      }, budgetMs);
      on.thread.postMessage(job.request);
    }, () => undefined); // the exit handler has failed the job
  };

  return {
    analyse: (rawText: string, options: ProposeOptions) =>
      new Promise<ArticleAnalysis>((resolve, reject) => {
        if (closed) return reject(new Error('the server is shutting down'));
        waiting.push({ request: { id: nextId++, rawText, options }, resolve, reject });
        startNext();
      }),
    ready: () => (reader ??= spawn()).ready,
    async close() {
      closed = true;
      for (const job of waiting.splice(0)) job.reject(new Error('the server is shutting down'));
      await reader?.thread.terminate();
    },
  };
}
