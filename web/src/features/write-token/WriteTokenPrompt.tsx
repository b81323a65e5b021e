import { useEffect, useRef, useState } from 'react';
import { useModalDialog } from '../dialog/useModalDialog';
import { setTokenAsker } from './write-token';

interface Pending {
  reason: 'missing' | 'wrong';
  answer: (token: string | null) => void;
}

/**
 * Renders nothing until a write is refused for want of the token; then asks
 * for it in a dialog. Mount it once, anywhere in the app.
 */
export function WriteTokenPrompt() {
  const [pending, setPending] = useState<Pending | null>(null);
  useEffect(
    () => setTokenAsker((reason) => new Promise<string | null>((answer) => setPending({ reason, answer }))),
    [],
  );
  if (!pending) return null;
  const finish = (token: string | null) => {
    pending.answer(token);
    setPending(null);
  };
  return <TokenDialog reason={pending.reason} onDone={finish} />;
}

function TokenDialog({ reason, onDone }: { reason: Pending['reason']; onDone: (token: string | null) => void }) {
  const input = useRef<HTMLInputElement>(null);
  const [value, setValue] = useState('');
  useModalDialog(input, () => onDone(null));
  return (
    <div className="dialog-backdrop">
      <form
        className="dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby="write-token-title"
        onSubmit={(e) => {
          e.preventDefault();
          onDone(value.trim() || null);
        }}
      >
        <header>
          <h2 id="write-token-title">This server needs its write token</h2>
        </header>
        <p>
          {reason === 'wrong'
            ? 'The server did not take that token. Enter the write token again.'
            : 'Adding articles needs the token the server was started with (LIAISON_WRITE_TOKEN). It is kept for this tab only.'}
        </p>
        <label>
          Write token
          <input ref={input} type="password" autoComplete="off" value={value} onChange={(e) => setValue(e.target.value)} />
        </label>
        <footer>
          <button type="button" onClick={() => onDone(null)}>Cancel</button>
          <button type="submit" disabled={value.trim() === ''}>Use token</button>
        </footer>
      </form>
    </div>
  );
}
