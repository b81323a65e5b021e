import type { Health } from '@contract/results';
import { SearchBox } from '../search/SearchBox';

/** The server's state as the badge shows it. */
export interface ServerState {
  up: boolean;
  checking: boolean;
  failed: boolean;
  health: Health | undefined;
}

interface TopBarProps {
  server: ServerState;
  onChoose: (id: string) => void;
  onAddArticle: () => void;
}

/** The name, the search box, Add article, and the server's health. */
export function TopBar({ server, onChoose, onAddArticle }: TopBarProps) {
  const { up, checking, failed, health } = server;
  return (
    <header className="topbar">
      <h1>
        <span className="logo" aria-hidden>●–●</span> Liaison
      </h1>
      <SearchBox onChoose={onChoose} offline={!up && (failed || health?.ok === false)} />
      <button type="button" className="add-article-button" onClick={onAddArticle}>
        Add article
      </button>
      <span className={`health ${up ? 'ok' : checking ? 'checking' : 'down'}`} role="status" title={health?.message}>
        {failed ? 'Server unreachable' : health ? `${health.store === 'neo4j' ? 'Neo4j' : 'Embedded'} · ${health.nodes.toLocaleString('en')} nodes` : '…'}
      </span>
    </header>
  );
}
