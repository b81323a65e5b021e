import { useCallback, useEffect, useRef, useState } from 'react';
import { parseView, serializeView } from './url';
import type { Producer, ViewState } from './view';

export interface ViewControls {
  view: ViewState;
  /** Applies a change and records it in the browser history (back undoes it). */
  update: (producer: Producer, options?: { replace?: boolean; undoable?: boolean }) => void;
  /** Reverts the last expand or removal. */
  undo: () => void;
  canUndo: boolean;
}

/** The view, kept in the URL: reloading or opening a link shows the same graph. */
export function useViewState(): ViewControls {
  const [view, setView] = useState(() => parseView(window.location.search));
  // The history is written outside React's updaters, which may run twice.
  const current = useRef(view);
  const undoStack = useRef<ViewState[]>([]);
  const [canUndo, setCanUndo] = useState(false);

  const show = useCallback((next: ViewState) => {
    current.current = next;
    setView(next);
  }, []);

  useEffect(() => {
    const onPopState = () => show(parseView(window.location.search));
    window.addEventListener('popstate', onPopState);
    return () => window.removeEventListener('popstate', onPopState);
  }, [show]);

  const update = useCallback<ViewControls['update']>(
    (producer, options = {}) => {
      const before = current.current;
      const next = producer(before);
      if (next === before) return;
      if (options.undoable) {
        undoStack.current = [...undoStack.current.slice(-49), before];
        setCanUndo(true);
      }
      const url = `${window.location.pathname}${serializeView(next)}`;
      if (options.replace) window.history.replaceState(null, '', url);
      else window.history.pushState(null, '', url);
      show(next);
    },
    [show],
  );

  const undo = useCallback(() => {
    const previous = undoStack.current.pop();
    setCanUndo(undoStack.current.length > 0);
    if (previous) update(() => previous);
  }, [update]);

  return { view, update, undo, canUndo };
}
