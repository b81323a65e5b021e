/**
 * What the researcher is looking at, as plain serialisable data (it lives in
 * the URL). Every change is a pure producer: (args) => (state) => state.
 */
import { NODE_TYPES, type NodeType } from '@contract/model';
import type { TopicId } from '@contract/topics';

export type Mode = 'graph' | 'whomet';
export const LAYOUTS = ['fcose', 'concentric', 'timeline'] as const;
export type LayoutName = (typeof LAYOUTS)[number];

export interface Filters {
  from?: number;
  to?: number;
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
}

export const EMPTY_VIEW: ViewState = {
  expanded: [],
  removed: [],
  hidden: [],
  pinned: [],
  filters: { topics: [], types: [] },
  layout: 'fcose',
  mode: 'graph',
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

export const clearCanvas = (): Producer => (state) => ({ ...EMPTY_VIEW, filters: state.filters, layout: state.layout, mode: state.mode });

export function isNodeType(value: string): value is NodeType {
  return (NODE_TYPES as readonly string[]).includes(value);
}
