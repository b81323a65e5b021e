import { useEffect, useRef, type RefObject } from 'react';

/**
 * What every modal dialog does: focus its first control once when it opens,
 * close on Escape, and give focus back to what had it (the quote or button
 * that opened it) when it closes. `onClose` is read through a ref, so a
 * parent passing a new arrow function on each render neither re-adds the
 * listener nor steals focus back from whatever the reader moved to.
 */
export function useModalDialog(first: RefObject<HTMLElement | null>, onClose: () => void) {
  const close = useRef(onClose);
  useEffect(() => {
    close.current = onClose;
  });
  useEffect(() => {
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    first.current?.focus();
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && close.current();
    window.addEventListener('keydown', onKey);
    return () => {
      window.removeEventListener('keydown', onKey);
      // After the dialog is gone: focusing during its removal would be undone.
      setTimeout(() => {
        if (opener?.isConnected) opener.focus();
      });
    };
  }, [first]);
}
