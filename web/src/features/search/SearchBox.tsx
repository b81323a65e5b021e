import { useEffect, useId, useState } from 'react';
import type { SearchHit } from '@contract/results';
import { useSearch } from '../../api/queries';
import { TYPE_STYLES } from '../../graph/node-types';

interface SearchBoxProps {
  onChoose: (id: string) => void;
  /** The server cannot be reached: say so instead of waiting for answers. */
  offline?: boolean;
}

/**
 * Which suggestion is active, for one list of hits: a new list starts at its
 * first (kept beside the list it belongs to, instead of reset by an effect).
 */
function useActiveHit(hits: SearchHit[]) {
  const [cursor, setCursor] = useState<{ hits: SearchHit[]; index: number }>({ hits, index: 0 });
  const active = cursor.hits === hits ? cursor.index : 0;
  const move = (to: (index: number) => number) => setCursor({ hits, index: to(active) });
  return { active, move };
}

/** The text to search for: what was typed, once typing pauses (a request per pause, not per key); settable to clear it at once. */
function useDebouncedQuery(text: string) {
  const [query, setQuery] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => setQuery(text.trim()), 120);
    return () => clearTimeout(timer);
  }, [text]);
  return [query, setQuery] as const;
}

/** A combobox: suggestions as you type (aliases and misspellings included), arrows to move, Enter to choose. */
export function SearchBox({ onChoose, offline = false }: SearchBoxProps) {
  const [text, setText] = useState('');
  const [query, setQuery] = useDebouncedQuery(text);
  const [open, setOpen] = useState(false);
  const listId = useId();
  const { data: hits = NO_HITS, isFetching, isError } = useSearch(query);
  const { active, move } = useActiveHit(hits);

  const choose = (id: string) => {
    onChoose(id);
    setOpen(false);
    setText('');
    setQuery('');
  };
  const onKeyDown = (e: React.KeyboardEvent) => {
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      setOpen(true);
      move((i) => Math.min(i + 1, hits.length - 1));
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      move((i) => Math.max(i - 1, 0));
    } else if (e.key === 'Enter' && hits[active]) {
      e.preventDefault();
      choose(hits[active].id);
    } else if (e.key === 'Escape') {
      setOpen(false);
    }
  };

  const showList = open && query.length > 0;
  return (
    <div className="search">
      <label htmlFor={`${listId}-input`} className="visually-hidden">
        Search
      </label>
      <input
        id={`${listId}-input`}
        type="search"
        role="combobox"
        aria-expanded={showList}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={showList && hits[active] ? `${listId}-${active}` : undefined}
        placeholder="Search people, agencies, countries, topics…"
        value={text}
        autoComplete="off"
        onChange={(e) => {
          setText(e.target.value);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        onKeyDown={onKeyDown}
      />
      {showList && (
        <Suggestions listId={listId} hits={hits} active={active} query={query} unavailable={offline || isError} searching={isFetching} onChoose={choose} onHover={(i) => move(() => i)} />
      )}
    </div>
  );
}

const NO_HITS: SearchHit[] = [];

interface SuggestionsProps {
  listId: string;
  hits: SearchHit[];
  active: number;
  query: string;
  unavailable: boolean;
  searching: boolean;
  onChoose: (id: string) => void;
  onHover: (index: number) => void;
}

function Suggestions({ listId, hits, active, query, unavailable, searching, onChoose, onHover }: SuggestionsProps) {
  return (
    <ul id={listId} role="listbox" className="suggestions" aria-label="Suggestions">
      {unavailable ? (
        <li className="empty" role="alert">Search is unavailable: the Liaison server cannot be reached.</li>
      ) : (
        <>
          {hits.map((hit, i) => (
            <li
              key={hit.id}
              id={`${listId}-${i}`}
              role="option"
              aria-selected={i === active}
              className={i === active ? 'active' : undefined}
              onMouseDown={(e) => {
                e.preventDefault();
                onChoose(hit.id);
              }}
              onMouseEnter={() => onHover(i)}
            >
              <span className="swatch" style={{ background: TYPE_STYLES[hit.type].color }} aria-hidden />
              <span className="hit-label">{hit.label}</span>
              {hit.noteId ? (
                <span className="hit-matched">in your note “{hit.matched}”</span>
              ) : (
                hit.matched !== hit.label && <span className="hit-matched">found as “{hit.matched}”</span>
              )}
              <span className="hit-type">{TYPE_STYLES[hit.type].label}</span>
            </li>
          ))}
          {hits.length === 0 && <li className="empty">{searching ? 'Searching…' : `Nothing matches “${query}”.`}</li>}
        </>
      )}
    </ul>
  );
}
