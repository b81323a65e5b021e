/**
 * A chain of meetings in time order (GET /api/paths/timed) on the canvas:
 * each step's two attendees and the meeting between them, the links marked
 * with the step's number. Pure: tested without a browser.
 */
import type { TimedPath, TimedStep } from '@contract/analysis';
import type { GraphNode } from '@contract/model';
import { boundLabel } from '../format/periods';
import { metEdgeId, type CanvasGraph } from './canvas-graph';

/**
 * The chain names its people, agencies and meetings by id, label and date
 * only; the details panel asks for the rest by id. A record says what is
 * known and invents nothing, hence the casts.
 */
function ensureNode(graph: CanvasGraph, record: Partial<GraphNode> & Pick<GraphNode, 'id' | 'type' | 'label'>) {
  if (!graph.nodes.has(record.id)) graph.nodes.set(record.id, { id: record.id, record: record as GraphNode, meetings: 0 });
}

/** The id of the ATTENDED link between an attendee and a meeting on the canvas, added when the canvas lacks it. */
function ensureAttended(graph: CanvasGraph, attendee: string, meeting: string): string {
  for (const edge of graph.edges.values()) {
    if (edge.type === 'ATTENDED' && edge.source === attendee && edge.target === meeting) return edge.id;
  }
  const id = `in-time:${attendee}>${meeting}`;
  graph.edges.set(id, { id, source: attendee, target: meeting, type: 'ATTENDED' });
  return id;
}

/** What a step's link says on the canvas: its number and month, "1 · Jun 2022" (the chain's strip gives the full dates). */
export function stepLabel(index: number, step: TimedStep): string {
  return `${index + 1} · ${boundLabel(step.date.slice(0, 7))}`;
}

/**
 * Adds the chain to a full-graph canvas (meetings as nodes) and returns the
 * ids it lights up, each link numbered with its step (`step` on the edge).
 */
export function addTimedChain(graph: CanvasGraph, chain: TimedPath | undefined): Set<string> {
  const lit = new Set<string>();
  if (!chain?.steps.length) return lit;
  for (const ref of chain.nodes) ensureNode(graph, ref);
  chain.steps.forEach((step, i) => {
    ensureNode(graph, { id: step.meeting, type: 'Meeting', label: step.label, date: step.date, precision: step.precision, dateFrom: step.date, ...(step.dateEnd ? { dateEnd: step.dateEnd } : {}) });
    // One label a step, on the link it starts from: two would say the same thing twice.
    const [from, to] = [ensureAttended(graph, step.from, step.meeting), ensureAttended(graph, step.to, step.meeting)];
    graph.edges.get(from)!.step = stepLabel(i, step);
    lit.add(from).add(to);
    lit.add(step.from).add(step.to).add(step.meeting);
  });
  return lit;
}

/** In who met whom (no meeting nodes): the chain's people and agencies, and the "met" links between them that are drawn. */
export function timedChainInWhoMet(graph: CanvasGraph, chain: TimedPath | undefined): Set<string> {
  const lit = new Set<string>();
  chain?.steps.forEach((step, i) => {
    const id = metEdgeId(step.from, step.to);
    const edge = graph.edges.get(id);
    if (edge) {
      edge.step = stepLabel(i, step);
      lit.add(id);
    }
    lit.add(step.from).add(step.to);
  });
  return lit;
}
