/** The view in the URL: shareable, reloadable, and the back button works. */
import { isTopicId, type TopicId } from '@contract/topics';
import { COLOUR_BY, EMPTY_VIEW, LAYOUTS, SIZE_BY, isNodeType, type ColourBy, type FilterBound, type LayoutName, type Mode, type SizeBy, type ViewState } from './view';

const list = (value: string | null) => (value ? value.split(',').filter(Boolean) : []);
/** A year stays a number (as before months were offered); a month is kept as "YYYY-MM". */
const bound = (value: string | null): FilterBound | undefined => {
  if (value && /^\d{4}$/.test(value)) return Number(value);
  if (value && /^\d{4}-(0[1-9]|1[0-2])$/.test(value)) return value;
  return undefined;
};
/** A compare period as the API takes it: 2024, 2022-2023, 2024-03, 2024-03..2024-08. */
const period = (value: string | null) => (value && /^[\d.-]{4,40}$/.test(value) ? value : undefined);

/** Reads a view from a query string, dropping whatever is malformed rather than failing. */
export function parseView(search: string): ViewState {
  const params = new URLSearchParams(search);
  const expanded = list(params.get('expand')).map((item) => {
    const [id = '', pages] = item.split('*');
    return { id, pages: Math.max(1, Math.min(50, Number(pages) || 1)) };
  });
  const layout = params.get('layout');
  const path = list(params.get('path'));
  const from = bound(params.get('from'));
  const to = bound(params.get('to'));
  const timed = list(params.get('timed'));
  const size = params.get('size');
  const colour = params.get('colour');
  const mode = params.get('mode');
  const selected = params.get('selected');
  return {
    ...EMPTY_VIEW,
    expanded: expanded.filter((e) => e.id),
    removed: list(params.get('removed')),
    hidden: list(params.get('hidden')),
    pinned: list(params.get('pinned')),
    ...(selected ? { selected } : {}),
    ...(path.length === 2 ? { path: [path[0]!, path[1]!] as [string, string] } : {}),
    filters: {
      ...(from !== undefined ? { from } : {}),
      ...(to !== undefined ? { to } : {}),
      topics: list(params.get('topics')).filter(isTopicId) as TopicId[],
      types: list(params.get('types')).filter(isNodeType),
    },
    layout: LAYOUTS.includes(layout as LayoutName) ? (layout as LayoutName) : EMPTY_VIEW.layout,
    mode: mode === 'whomet' || mode === 'compare' ? (mode as Mode) : 'graph',
    sizeBy: SIZE_BY.includes(size as SizeBy) ? (size as SizeBy) : EMPTY_VIEW.sizeBy,
    colourBy: COLOUR_BY.includes(colour as ColourBy) ? (colour as ColourBy) : EMPTY_VIEW.colourBy,
    compare: [period(params.get('a')) ?? EMPTY_VIEW.compare[0], period(params.get('b')) ?? EMPTY_VIEW.compare[1]],
    ...(timed.length === 2 ? { timedPath: [timed[0]!, timed[1]!] as [string, string] } : {}),
  };
}

/** Writes a view as a query string; defaults are left out so links stay short. */
export function serializeView(view: ViewState): string {
  const params = new URLSearchParams();
  const set = (key: string, value: string | undefined) => {
    if (value) params.set(key, value);
  };
  set('expand', view.expanded.map((e) => (e.pages > 1 ? `${e.id}*${e.pages}` : e.id)).join(','));
  set('removed', view.removed.join(','));
  set('hidden', view.hidden.join(','));
  set('pinned', view.pinned.join(','));
  set('selected', view.selected);
  set('path', view.path?.join(','));
  set('from', view.filters.from?.toString());
  set('to', view.filters.to?.toString());
  set('topics', view.filters.topics.join(','));
  set('types', view.filters.types.join(','));
  if (view.layout !== EMPTY_VIEW.layout) set('layout', view.layout);
  if (view.mode !== EMPTY_VIEW.mode) set('mode', view.mode);
  set('timed', view.timedPath?.join(','));
  if (view.sizeBy !== EMPTY_VIEW.sizeBy) set('size', view.sizeBy);
  if (view.colourBy !== EMPTY_VIEW.colourBy) set('colour', view.colourBy);
  if (view.mode === 'compare') {
    set('a', view.compare[0]);
    set('b', view.compare[1]);
  }
  const text = params.toString().replaceAll('%3A', ':').replaceAll('%2C', ',').replaceAll('%2A', '*');
  return text ? `?${text}` : '';
}
