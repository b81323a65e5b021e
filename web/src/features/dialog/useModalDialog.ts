import { useEffect, useRef, type RefObject } from 'react';

/**
 * What every modal dialog does: focus its first control once when it opens,
 * and close on Escape. `onClose` is read through a ref, so a parent passing a
 * new arrow function on each render neither re-adds the listener nor steals
 * focus back from whatever the reader moved to.
 */
export function useModalDialog(first: RefObject<HTMLElement | null>, onClose: () => void) {
  const close = useRef(onClose);
  useEffect(() => {
    close.current = onClose;
  });
  useEffect(() => {
    first.current?.focus();
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && close.current();
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [first]);
}
