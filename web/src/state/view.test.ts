import { describe, expect, it } from 'vitest';
import { EMPTY_VIEW, clearCanvas, clearPath, connect, expand, expandAll, hide, loadMore, remove, setFilters, togglePin } from './view';

describe('changes to the view', () => {
  it('expanding selects the node, once, and brings it back if it was removed or hidden', () => {
    const removed = remove('a')(hide('a')(EMPTY_VIEW));
    const view = expand('a')(expand('a')(removed));
    expect(view.expanded).toEqual([{ id: 'a', pages: 1 }]);
    expect(view.removed).toEqual([]);
    expect(view.selected).toBe('a');
  });

  it('expanding a person with who they met expands them and each of their meetings in one step', () => {
    const view = expandAll(['person:h', 'meeting:1', 'meeting:2'])(expand('meeting:1')(EMPTY_VIEW));
    expect(view.expanded.map((e) => e.id)).toEqual(['meeting:1', 'person:h', 'meeting:2']);
    expect(view.selected).toBe('person:h');
  });

  it('loading more adds a page to that node only', () => {
    const view = loadMore('b')(expand('b')(expand('a')(EMPTY_VIEW)));
    expect(view.expanded).toEqual([{ id: 'a', pages: 1 }, { id: 'b', pages: 2 }]);
  });

  it('removing a node drops its expansion, pin and selection', () => {
    const view = remove('a')(togglePin('a')(expand('a')(EMPTY_VIEW)));
    expect(view).toMatchObject({ expanded: [], pinned: [], removed: ['a'] });
    expect(view.selected).toBeUndefined();
  });

  it('pins toggle; filters merge; connections come and go; clearing keeps filters', () => {
    expect(togglePin('a')(togglePin('a')(EMPTY_VIEW)).pinned).toEqual([]);
    const filtered = setFilters({ topics: ['terrorism'] })(setFilters({ from: 2022 })(EMPTY_VIEW));
    expect(filtered.filters).toEqual({ from: 2022, topics: ['terrorism'], types: [] });
    expect(clearPath()(connect('a', 'b')(filtered)).path).toBeUndefined();
    expect(clearCanvas()(expand('a')(filtered))).toEqual(filtered);
  });
});
