/**
 * The worker thread that computes graph measures for the server (see
 * measure-runner.ts): one request at a time, answered with a value per node
 * or with the error.
 */
import { parentPort } from 'node:worker_threads';
import { computeMeasure, type GraphMeasure, type TieGraph } from './graph-measures';

export interface MeasureRequest {
  id: number;
  measure: GraphMeasure;
  graph: TieGraph;
}

export type MeasureReply = { id: number; ok: true; values: Float64Array } | { id: number; ok: false; message: string };

parentPort?.on('message', ({ id, measure, graph }: MeasureRequest) => {
  let reply: MeasureReply;
  try {
    reply = { id, ok: true, values: computeMeasure(graph, measure) };
  } catch (error) {
    reply = { id, ok: false, message: error instanceof Error ? error.message : String(error) };
  }
  parentPort?.postMessage(reply, reply.ok ? [reply.values.buffer as ArrayBuffer] : []);
});
