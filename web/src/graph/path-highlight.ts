/**
 * Which elements a shortest connection lights up. In the full graph, every
 * node and link of the path; in who met whom, where meetings are not nodes,
 * its people and agencies and the "met" links between each and the next.
 */
import type { PathResult } from '@contract/results';
import type { Mode } from '../state/view';
import { metEdgeId } from './canvas-graph';

const canMeet = (type: string) => type === 'Person' || type === 'Organization';

export function pathHighlight(path: PathResult | undefined, mode: Mode): Set<string> {
  if (!path?.found) return new Set();
  if (mode === 'graph') return new Set([...path.nodes.map((n) => n.id), ...path.edges.map((e) => e.id)]);
  // The path's nodes come in order, from one end to the other.
  const attendees = path.nodes.filter((n) => canMeet(n.type)).map((n) => n.id);
  const links = attendees.slice(1).map((id, i) => metEdgeId(attendees[i]!, id));
  return new Set([...attendees, ...links]);
}
