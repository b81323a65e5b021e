// @vitest-environment jsdom
import { act, renderHook } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { useViewState } from './useViewState';
import { expand, setFilters } from './view';

describe('the view state hook', () => {
  beforeEach(() => window.history.replaceState(null, '', '/?expand=person:eric-snoek'));

  it('starts from the URL, writes each change to it, and follows the back button', async () => {
    const { result } = renderHook(() => useViewState());
    expect(result.current.view.expanded).toEqual([{ id: 'person:eric-snoek', pages: 1 }]);

    act(() => result.current.update(setFilters({ from: 2024 })));
    expect(window.location.search).toBe('?expand=person:eric-snoek&from=2024');

    await act(async () => {
      window.history.back();
      await new Promise((resolve) => window.addEventListener('popstate', resolve, { once: true }));
    });
    expect(result.current.view.filters.from).toBeUndefined();
  });

  it('undoes the last expand', () => {
    const { result } = renderHook(() => useViewState());
    expect(result.current.canUndo).toBe(false);
    act(() => result.current.update(expand('org:fbi'), { undoable: true }));
    expect(result.current.view.expanded.map((e) => e.id)).toEqual(['person:eric-snoek', 'org:fbi']);
    act(() => result.current.undo());
    expect(result.current.view.expanded.map((e) => e.id)).toEqual(['person:eric-snoek']);
    expect(result.current.canUndo).toBe(false);
  });
});
