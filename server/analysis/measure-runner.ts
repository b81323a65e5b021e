/**
 * Computes graph measures off the event loop: betweenness on a large graph
 * takes seconds, and the other routes must keep answering meanwhile. One
 * worker, one graph at a time, in arrival order; started on first use,
 * restarted if it dies (started by server/workers/typescript-worker.ts).
 */
import { join } from 'node:path';
import type { Worker } from 'node:worker_threads';
import { startTypeScriptWorker } from '../workers/typescript-worker';
import type { GraphMeasure, TieGraph } from './graph-measures';
import type { MeasureReply, MeasureRequest } from './measure-worker';

export interface MeasureRunner {
  measure(graph: TieGraph, measure: GraphMeasure): Promise<Float64Array>;
  close(): Promise<void>;
}


interface Job {
  request: MeasureRequest;
  resolve: (values: Float64Array) => void;
  reject: (error: Error) => void;
}

export function createMeasureRunner(): MeasureRunner {
  let worker: Worker | null = null;
  let current: (Job & { on: Worker }) | null = null;
  const waiting: Job[] = [];
  let nextId = 1;
  let closed = false;

  const settle = (outcome: { values: Float64Array } | { error: Error }) => {
    const job = current;
    if (!job) return;
    current = null;
    if ('values' in outcome) job.resolve(outcome.values);
    else job.reject(outcome.error);
    startNext();
  };

  const spawn = () => {
    const w = startTypeScriptWorker(join(import.meta.dirname, 'measure-worker.ts'));
    w.on('message', (reply: MeasureReply) => {
      if (current?.request.id !== reply.id) return;
      settle(reply.ok ? { values: reply.values } : { error: new Error(reply.message) });
    });
    // A dead worker fails only the job it held; the next job starts a fresh one.
    const lost = (error: Error) => {
      if (worker === w) worker = null;
      if (current?.on === w) settle({ error });
    };
    w.on('error', lost);
    w.on('exit', () => lost(new Error('the analysis worker stopped unexpectedly')));
    return w;
  };

  const startNext = () => {
    if (current || closed) return;
    const job = waiting.shift();
    // An idle worker must not keep the process alive; a busy one must (a caller awaits it).
    if (!job) return void worker?.unref();
    const on = (worker ??= spawn());
    current = { ...job, on };
    on.ref();
    on.postMessage(job.request);
  };

  return {
    measure: (graph, measure) =>
      new Promise<Float64Array>((resolve, reject) => {
        if (closed) return reject(new Error('the server is shutting down'));
        waiting.push({ request: { id: nextId++, measure, graph }, resolve, reject });
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
