import { describe, expect, it } from 'vitest';
import { EMPTY_VIEW, clearCanvas, clearPath, connect, expand, hide, loadMore, remove, setFilters, togglePin } from './view';

describe('changes to the view', () => {
  it('expanding selects the node, once, and brings it back if it was removed or hidden', () => {
    const removed = remove('a')(hide('a')(EMPTY_VIEW));
    const view = expand('a')(expand('a')(removed));
    expect(view.expanded).toEqual([{ id: 'a', pages: 1 }]);
    expect(view.removed).toEqual([]);
    expect(view.selected).toBe('a');
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
