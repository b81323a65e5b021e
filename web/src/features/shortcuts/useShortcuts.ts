import type { Core } from 'cytoscape';
import { useEffect, useEffectEvent } from 'react';

export interface ShortcutActions {
  /** The selected node (an edge's id is not given: node keys do nothing on a link). */
  selectedNode: string | undefined;
  onExpand: (id: string) => void;
  onPin: (id: string) => void;
  onHide: (id: string) => void;
  onRemove: (id: string) => void;
  onSelect: (id: string | undefined) => void;
  undo: () => void;
}

/** Which action a key stands for, or none: e expand, p pin, h hide, Delete remove, f fit, Escape deselect, Ctrl+Z undo. */
export function shortcutFor(e: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>): 'undo' | 'fit' | 'deselect' | 'expand' | 'pin' | 'hide' | 'remove' | undefined {
  if ((e.ctrlKey || e.metaKey) && !e.shiftKey && e.key.toLowerCase() === 'z') return 'undo';
  if (e.ctrlKey || e.metaKey || e.altKey) return undefined;
  const keys: Record<string, 'fit' | 'deselect' | 'expand' | 'pin' | 'hide' | 'remove'> = { f: 'fit', Escape: 'deselect', e: 'expand', p: 'pin', h: 'hide', Delete: 'remove', Backspace: 'remove' };
  return keys[e.key];
}

/** The explorer's keyboard shortcuts, outside text fields and while no dialog is open. */
export function useShortcuts(cy: Core | null, actions: ShortcutActions) {
  const onKey = useEffectEvent((e: KeyboardEvent) => {
    const target = e.target as HTMLElement;
    // While a dialog is open its own keys rule, wherever focus has wandered (Escape closes it, not the selection).
    if (target.closest('input, select, textarea') || document.querySelector('[role="dialog"]')) return;
    const shortcut = shortcutFor(e);
    const id = actions.selectedNode;
    if (shortcut === 'undo') {
      e.preventDefault();
      actions.undo();
    } else if (shortcut === 'fit') cy?.fit(undefined, 40);
    else if (shortcut === 'deselect') actions.onSelect(undefined);
    else if (id && shortcut === 'expand') actions.onExpand(id);
    else if (id && shortcut === 'pin') actions.onPin(id);
    else if (id && shortcut === 'hide') actions.onHide(id);
    else if (id && shortcut === 'remove') actions.onRemove(id);
  });
  useEffect(() => {
    const listener = (e: KeyboardEvent) => onKey(e);
    window.addEventListener('keydown', listener);
    return () => window.removeEventListener('keydown', listener);
  }, []);
}
