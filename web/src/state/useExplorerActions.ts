import { useMemo, useState } from 'react';
import type { ViewControls } from './useViewState';
import * as views from './view';

/** An article open in the reader, at the quote that led there. */
export interface OpenArticle {
  id: string;
  quote?: string;
}

/**
 * What the researcher can do to the view (each a producer applied through
 * the URL), and the two passing states that are not in it: a connection
 * being started, and the article being read.
 */
export function useExplorerActions(update: ViewControls['update']) {
  const [connectFrom, setConnectFrom] = useState<string>();
  const [article, setArticle] = useState<OpenArticle | null>(null);
  const actions = useMemo(
    () => ({
      onExpand: (id: string) => update(views.expand(id), { undoable: true }),
      onRemove: (id: string) => update(views.remove(id), { undoable: true }),
      onHide: (id: string) => update(views.hide(id), { undoable: true }),
      onPin: (id: string) => update(views.togglePin(id), { replace: true }),
      // A history entry each: back returns to what was selected before.
      onSelect: (id: string | undefined) => update(views.select(id)),
      onExpandWithMet: (ids: string[]) => update(views.expandAll(ids), { undoable: true }),
      onWhoMet: (id: string) => update((s) => views.setMode('whomet')(views.expand(id)(s))),
      onConnectStart: (id: string) => setConnectFrom(id),
      onConnect: (from: string, to: string) => {
        setConnectFrom(undefined);
        update((s) => views.setMode('graph')(views.connect(from, to)(s)));
      },
      onConnectInTime: (from: string, to: string) => {
        setConnectFrom(undefined);
        update((s) => views.connectInTime(from, to)(s.mode === 'compare' ? views.setMode('graph')(s) : s));
      },
      onOpenArticle: (id: string, quote?: string) => setArticle({ id, ...(quote ? { quote } : {}) }),
    }),
    [update],
  );
  return { actions, connectFrom, cancelConnect: () => setConnectFrom(undefined), article, closeArticle: () => setArticle(null) };
}

export type ExplorerActions = ReturnType<typeof useExplorerActions>['actions'];
