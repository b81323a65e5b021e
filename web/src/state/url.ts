/** The view in the URL: shareable, reloadable, and the back button works. */
import { isTopicId, type TopicId } from '@contract/topics';
import { EMPTY_VIEW, LAYOUTS, isNodeType, type LayoutName, type ViewState } from './view';

const list = (value: string | null) => (value ? value.split(',').filter(Boolean) : []);
const year = (value: string | null) => (value && /^\d{4}$/.test(value) ? Number(value) : undefined);

/** Reads a view from a query string, dropping whatever is malformed rather than failing. */
export function parseView(search: string): ViewState {
  const params = new URLSearchParams(search);
  const expanded = list(params.get('expand')).map((item) => {
    const [id = '', pages] = item.split('*');
    return { id, pages: Math.max(1, Math.min(50, Number(pages) || 1)) };
  });
  const layout = params.get('layout');
  const path = list(params.get('path'));
  const from = year(params.get('from'));
  const to = year(params.get('to'));
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
    mode: params.get('mode') === 'whomet' ? 'whomet' : 'graph',
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
  const text = params.toString().replaceAll('%3A', ':').replaceAll('%2C', ',').replaceAll('%2A', '*');
  return text ? `?${text}` : '';
}
