/**
 * What a node's size and colour say, beyond its type: a centrality score, a
 * community, a country. Pure: tested without a browser.
 */
import type { GraphNode } from '@contract/model';
import type { CanvasGraph } from './canvas-graph';

/** Ten colours told apart by most eyes (Tableau 10); the last is for "other". */
export const PALETTE = ['#4e79a7', '#f28e2b', '#e15759', '#59a14f', '#b07aa1', '#76b7b2', '#edc948', '#9c755f', '#ff9da7'] as const;
export const OTHER_COLOUR = '#8a7f78';
/** Nodes the colouring says nothing of (a topic has no community nor country). */
export const NO_COLOUR = '#aeb8c2';

/** A colour in a legend: what it stands for and how many nodes on the canvas wear it. */
export interface ColourKey {
  label: string;
  colour: string;
  count: number;
}

export interface NodeLook {
  /** Sizes by id, for nodes a measure sizes (people and agencies); others keep their type's size. */
  sizes?: Map<string, number>;
  /** Colours by id, when colour says something other than type. */
  colours?: Map<string, string>;
  /** What the colours mean, most worn first. */
  key?: ColourKey[];
  /** The canvas's highest-scoring person or agency, when a measure sizes them. */
  largest?: string;
}

/** People and agencies sized by a score between 32 and 84 px by area, the top score largest. */
export function sizesByScore(scores: Map<string, number>): Map<string, number> {
  const max = Math.max(...scores.values(), 0);
  const sizes = new Map<string, number>();
  for (const [id, score] of scores) sizes.set(id, max > 0 ? 32 + 52 * Math.sqrt(score / max) : 32);
  return sizes;
}

/**
 * Gives each group a palette colour and says how many nodes wear it. Groups
 * take colours in the order `rank` gives (a community's own number, so its
 * colour stays from one load and one canvas to the next), else largest on
 * the canvas first; past the palette: "other". Nodes in no group get NO_COLOUR.
 */
export function colourGroups(
  graph: CanvasGraph,
  groupOf: (node: GraphNode) => string | undefined,
  nameOf: (group: string) => string,
  rank?: (group: string) => number,
): Pick<NodeLook, 'colours' | 'key'> {
  const members = new Map<string, string[]>();
  let none = 0;
  for (const { id, record } of graph.nodes.values()) {
    const group = groupOf(record);
    if (group === undefined) none++;
    else members.set(group, [...(members.get(group) ?? []), id]);
  }
  const bySize = [...members].sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]));
  const ranked = rank ? [...members].sort((a, b) => rank(a[0]) - rank(b[0])) : bySize;
  const colours = new Map<string, string>();
  const key: ColourKey[] = [];
  let other = 0;
  ranked.forEach(([group, ids], i) => {
    const colour = PALETTE[rank ? rank(group) : i] ?? OTHER_COLOUR;
    for (const id of ids) colours.set(id, colour);
    if (colour !== OTHER_COLOUR) key.push({ label: nameOf(group), colour, count: ids.length });
    else other += ids.length;
  });
  for (const { id } of graph.nodes.values()) if (!colours.has(id)) colours.set(id, NO_COLOUR);
  if (other > 0) key.push({ label: 'Other', colour: OTHER_COLOUR, count: other });
  if (none > 0) key.push({ label: 'None', colour: NO_COLOUR, count: none });
  return { colours, key };
}

/** A node's country, as ISO code: an agency's, a country's own, a meeting's place; people through the agency or country on the canvas they belong to. */
export function countryOf(graph: CanvasGraph): (node: GraphNode) => string | undefined {
  const personCountry = new Map<string, string>();
  for (const edge of graph.edges.values()) {
    if (edge.type !== 'MEMBER_OF' && edge.type !== 'REPRESENTS') continue;
    const other = graph.nodes.get(edge.target)?.record;
    const country = other?.type === 'Organization' ? other.country : other?.type === 'Country' ? other.code : undefined;
    if (country && !personCountry.has(edge.source)) personCountry.set(edge.source, country);
  }
  return (node) => {
    if (node.type === 'Organization') return node.country;
    if (node.type === 'Country') return node.code;
    if (node.type === 'Meeting') return node.country;
    if (node.type === 'Person') return personCountry.get(node.id);
    return undefined;
  };
}
