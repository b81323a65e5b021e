/**
 * What the researcher is looking at, as plain serialisable data (it lives in
 * the URL). Every change is a pure producer: (args) => (state) => state.
 */
import { NODE_TYPES, type NodeType } from '@contract/model';
import type { TopicId } from '@contract/topics';

export type Mode = 'graph' | 'whomet' | 'compare';
/** What a person's or agency's size says: meetings attended among what is loaded, or a centrality on the who-met projection. */
export const SIZE_BY = ['meetings', 'degree', 'betweenness', 'pagerank'] as const;
export type SizeBy = (typeof SIZE_BY)[number];
/** What a node's colour says: its type, its Louvain community, or its country. */
export const COLOUR_BY = ['type', 'community', 'country'] as const;
export type ColourBy = (typeof COLOUR_BY)[number];

/** A date filter's bound: a year (2024) or a month ("2024-03", the time bar's precision). */
export type FilterBound = number | string;
export const LAYOUTS = ['fcose', 'concentric', 'timeline'] as const;
export type LayoutName = (typeof LAYOUTS)[number];

export interface Filters {
  from?: FilterBound;
  to?: FilterBound;
  topics: TopicId[];
  /** Node types shown; all when empty. */
  types: NodeType[];
}

export interface ViewState {
  /** Nodes whose neighbours are on the canvas, with how many pages of neighbours are loaded. */
  expanded: { id: string; pages: number }[];
  removed: string[];
  hidden: string[];
  pinned: string[];
  selected?: string;
  /** A shortest connection to show, from → to. */
  path?: [string, string];
  filters: Filters;
  layout: LayoutName;
  mode: Mode;
  sizeBy: SizeBy;
  colourBy: ColourBy;
  /** Compare mode's two periods, a then b (2024, 2022-2023, 2024-03..2024-08). */
  compare: [string, string];
  /** A chain of meetings in time order to show, from → to. */
  timedPath?: [string, string];
}

/** Compare mode opens on the two latest full years the seed knows. */
export const DEFAULT_COMPARE: [string, string] = ['2024', '2025'];

export const EMPTY_VIEW: ViewState = {
  expanded: [],
  removed: [],
  hidden: [],
  pinned: [],
  filters: { topics: [], types: [] },
  layout: 'fcose',
  mode: 'graph',
  sizeBy: 'meetings',
  colourBy: 'type',
  compare: DEFAULT_COMPARE,
};

export type Producer = (state: ViewState) => ViewState;

const without = (list: string[], id: string) => list.filter((x) => x !== id);
const toggle = (list: string[], id: string) => (list.includes(id) ? without(list, id) : [...list, id]);

/** Puts a node and its neighbours on the canvas (search result, double-click, Expand). */
export const expand =
  (id: string): Producer =>
  (state) => ({
    ...state,
    expanded: state.expanded.some((e) => e.id === id) ? state.expanded : [...state.expanded, { id, pages: 1 }],
    removed: without(state.removed, id),
    hidden: without(state.hidden, id),
    selected: id,
  });

/** Expands several nodes in one step (a person and each of their meetings: who they met), selecting the first. */
export const expandAll =
  (ids: string[]): Producer =>
  (state) => {
    const next = ids.reduce((s, id) => expand(id)(s), state);
    return { ...next, selected: ids[0] ?? state.selected };
  };

/** Loads the next page of a node's neighbours ("X of Y — more"). */
export const loadMore =
  (id: string): Producer =>
  (state) => ({ ...state, expanded: state.expanded.map((e) => (e.id === id ? { ...e, pages: e.pages + 1 } : e)) });

export const remove =
  (id: string): Producer =>
  (state) => ({
    ...state,
    expanded: state.expanded.filter((e) => e.id !== id),
    removed: state.removed.includes(id) ? state.removed : [...state.removed, id],
    pinned: without(state.pinned, id),
    selected: state.selected === id ? undefined : state.selected,
  });

export const hide =
  (id: string): Producer =>
  (state) => ({ ...state, hidden: state.hidden.includes(id) ? state.hidden : [...state.hidden, id], selected: state.selected === id ? undefined : state.selected });

export const showHidden = (): Producer => (state) => ({ ...state, hidden: [] });

export const togglePin =
  (id: string): Producer =>
  (state) => ({ ...state, pinned: toggle(state.pinned, id) });

export const select =
  (id: string | undefined): Producer =>
  (state) => ({ ...state, selected: id });

export const setFilters =
  (filters: Partial<Filters>): Producer =>
  (state) => ({ ...state, filters: { ...state.filters, ...filters } });

export const setLayout =
  (layout: LayoutName): Producer =>
  (state) => ({ ...state, layout });

export const setMode =
  (mode: Mode): Producer =>
  (state) => ({ ...state, mode });

export const connect =
  (from: string, to: string): Producer =>
  (state) => ({ ...state, path: [from, to] });

export const clearPath = (): Producer => (state) => {
  const { path: _path, ...rest } = state;
  return rest;
};

/** Shows the earliest chain of meetings in time order from one entity to another. */
export const connectInTime =
  (from: string, to: string): Producer =>
  (state) => ({ ...state, timedPath: [from, to] });

export const clearTimedPath = (): Producer => (state) => {
  const { timedPath: _timedPath, ...rest } = state;
  return rest;
};

export const setSizeBy =
  (sizeBy: SizeBy): Producer =>
  (state) => ({ ...state, sizeBy });

export const setColourBy =
  (colourBy: ColourBy): Producer =>
  (state) => ({ ...state, colourBy });

export const setCompare =
  (a: string, b: string): Producer =>
  (state) => ({ ...state, compare: [a, b] });

export const clearCanvas = (): Producer => (state) => ({
  ...EMPTY_VIEW,
  filters: state.filters,
  layout: state.layout,
  mode: state.mode,
  sizeBy: state.sizeBy,
  colourBy: state.colourBy,
  compare: state.compare,
});

/** The year a bound falls in (2024 for "2024-03"). */
export function boundYear(bound: FilterBound): number {
  return typeof bound === 'number' ? bound : Number(bound.slice(0, 4));
}

export function isNodeType(value: string): value is NodeType {
  return (NODE_TYPES as readonly string[]).includes(value);
}
