/**
 * The write token of this tab: asked for once, when a write is refused with
 * 401, and kept in sessionStorage so that it lasts while the tab is open and
 * no longer (it is a credential: not in localStorage, not in the URL).
 */
const KEY = 'liaison.writeToken';

/** Asks the researcher for the token; resolves to null when they decline. */
export type AskForToken = (reason: 'missing' | 'wrong') => Promise<string | null>;

let asker: AskForToken | null = null;

export function readWriteToken(): string | null {
  try {
    return sessionStorage.getItem(KEY);
  } catch {
    // Storage can be off (private modes, sandboxed frames): then the token is asked for each time.
    return null;
  }
}

export function keepWriteToken(token: string | null): void {
  try {
    if (token) sessionStorage.setItem(KEY, token);
    else sessionStorage.removeItem(KEY);
  } catch {
    // See readWriteToken.
  }
}

/** Registers who asks (the WriteTokenPrompt component while it is mounted); returns the unregistering function. */
export function setTokenAsker(ask: AskForToken): () => void {
  asker = ask;
  return () => {
    if (asker === ask) asker = null;
  };
}

export function askForWriteToken(reason: 'missing' | 'wrong'): Promise<string | null> {
  return asker ? asker(reason) : Promise.resolve(null);
}
