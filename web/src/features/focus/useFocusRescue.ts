import { useEffect } from 'react';

/**
 * When the element that had focus disappears (a neighbour chosen in the
 * details panel, a node removed, a dialog closed), the browser drops focus to
 * the page body and a keyboard user starts again from the top. This puts it
 * on `fallback()` instead: the details panel or the canvas.
 */
export function useFocusRescue(fallback: () => HTMLElement | null) {
  useEffect(() => {
    const onFocusOut = (e: FocusEvent) => {
      const lost = e.target;
      if (!(lost instanceof HTMLElement) || e.relatedTarget) return;
      // Wait for React to finish removing it.
      setTimeout(() => {
        const dropped = !document.activeElement || document.activeElement === document.body;
        if (!lost.isConnected && dropped) fallback()?.focus();
      });
    };
    document.addEventListener('focusout', onFocusOut);
    return () => document.removeEventListener('focusout', onFocusOut);
  }, [fallback]);
}
