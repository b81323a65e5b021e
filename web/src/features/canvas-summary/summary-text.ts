/** The canvas in one sentence, for screen readers: "14 nodes: 1 person, 2 agencies, 10 meetings…". Pure. */
import { NODE_TYPES, type NodeType } from '@contract/model';
import { TYPE_STYLES } from '../../graph/node-types';

function nounFor(type: NodeType, count: number): string {
  const word = TYPE_STYLES[type].label.toLowerCase();
  if (count === 1) return `1 ${word}`;
  if (word.endsWith('y')) return `${count} ${word.slice(0, -1)}ies`;
  if (word === 'person') return `${count} people`;
  return `${count} ${word}s`;
}

export function canvasSummaryText(types: readonly NodeType[], links: number, selected: string | undefined): string {
  if (types.length === 0) return 'The canvas is empty. Search for a name to begin.';
  const counts = NODE_TYPES.map((t) => [t, types.filter((x) => x === t).length] as const).filter(([, n]) => n > 0);
  const parts = counts.map(([t, n]) => nounFor(t, n)).join(', ');
  return `${types.length} node${types.length === 1 ? '' : 's'} and ${links} link${links === 1 ? '' : 's'} on the canvas: ${parts}.${selected ? ` Selected: ${selected}.` : ''}`;
}
