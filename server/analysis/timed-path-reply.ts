import type { AttendeeRef, TimedPath } from '../contract/analysis';
import { NotFoundError } from '../store/errors';
import type { GraphStore } from '../store/graph-store';
import { earliestChain, type TimedIndex } from './timed-path';

/** Why an entity is outside the projection; the store's NotFoundError (a 404) when no node has that id. */
async function absence(store: GraphStore, id: string, field: 'from' | 'to'): Promise<string> {
  try {
    const { node } = await store.node(id);
    if (node.type === 'Person' || node.type === 'Organization') return `${node.label} attended no meeting under these filters`;
    return `${node.label} is a ${node.type}: only people and agencies attend meetings`;
  } catch (error) {
    throw error instanceof NotFoundError ? new NotFoundError(error.what, id, field) : error;
  }
}

/** The timed path between two ids as the API gives it: the chain's steps, or why there is none. */
export async function timedPathReply(store: GraphStore, index: TimedIndex, from: string, to: string): Promise<TimedPath> {
  const { nodes, meetings } = index.projection;
  const [source, target] = [index.projection.index.get(from), index.projection.index.get(to)];
  if (source === undefined || target === undefined) {
    const [missing, field] = source === undefined ? ([from, 'from'] as const) : ([to, 'to'] as const);
    const reason = await absence(store, missing, field);
    // Check the other end too: a missing id must be a 404 whichever side it is on.
    if (source === undefined && target === undefined) await absence(store, to, 'to');
    return { steps: [], reason, nodes: [] };
  }
  if (source === target) return { steps: [], reason: 'from and to are the same entity', nodes: [nodes[source]!] };
  const steps = earliestChain(index, source, target);
  if (!steps) {
    return { steps: [], reason: `no chain of meetings in time order leads from ${nodes[source]!.label} to ${nodes[target]!.label} under these filters`, nodes: [] };
  }
  const chain: AttendeeRef[] = [nodes[source]!, ...steps.map((s) => nodes[s.to]!)];
  return {
    steps: steps.map((s) => {
      const m = meetings[s.meeting]!;
      return { meeting: m.id, label: m.label, date: m.date, precision: m.precision, ...(m.dateEnd ? { dateEnd: m.dateEnd } : {}), from: nodes[s.from]!.id, to: nodes[s.to]!.id };
    }),
    nodes: chain,
  };
}
