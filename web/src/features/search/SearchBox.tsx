import { useEffect, useId, useState } from 'react';
import type { SearchHit } from '@contract/results';
import { useSearch } from '../../api/queries';
import { TYPE_STYLES } from '../../graph/node-types';

interface SearchBoxProps {
  onChoose: (id: string) => void;
  /** The server cannot be reached: say so instead of waiting for answers. */
  offline?: boolean;
}

/** A combobox: suggestions as you type (aliases and misspellings included), arrows to move, Enter to choose. */
export function SearchBox({ onChoose, offline = false }: SearchBoxProps) {
  const [text, setText] = useState('');
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const listId = useId();
  const { data: hits = [], isFetching, isError } = useSearch(query);

  // Debounced: a request per pause in typing, not per key.
  useEffect(() => {
    const timer = setTimeout(() => setQuery(text.trim()), 120);
    return () => clearTimeout(timer);
  }, [text]);
  useEffect(() => {
    setActive(0);
  }, [hits]);

  const choose = (id: string) => {
    onChoose(id);
    setOpen(false);
    setText('');
    setQuery('');
  };

  const showList = open && query.length > 0;
  const renderHit = (hit: SearchHit, i: number) => (
            <li
              key={hit.id}
              id={`${listId}-${i}`}
              role="option"
              aria-selected={i === active}
              className={i === active ? 'active' : undefined}
              onMouseDown={(e) => {
                e.preventDefault();
                choose(hit.id);
              }}
              onMouseEnter={() => setActive(i)}
            >
              <span className="swatch" style={{ background: TYPE_STYLES[hit.type].color }} aria-hidden />
              <span className="hit-label">{hit.label}</span>
              {hit.matched !== hit.label && <span className="hit-matched">found as “{hit.matched}”</span>}
              <span className="hit-type">{TYPE_STYLES[hit.type].label}</span>
            </li>
          );
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
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') {
            e.preventDefault();
            setOpen(true);
            setActive((i) => Math.min(i + 1, hits.length - 1));
          } else if (e.key === 'ArrowUp') {
            e.preventDefault();
            setActive((i) => Math.max(i - 1, 0));
          } else if (e.key === 'Enter' && hits[active]) {
            e.preventDefault();
            choose(hits[active].id);
          } else if (e.key === 'Escape') {
            setOpen(false);
          }
        }}
      />
      {showList && (
        <ul id={listId} role="listbox" className="suggestions" aria-label="Suggestions">
          {offline || isError ? (
            <li className="empty" role="alert">Search is unavailable: the Liaison server cannot be reached.</li>
          ) : (
            <>
              {hits.map(renderHit)}
              {hits.length === 0 && <li className="empty">{isFetching ? 'Searching…' : `Nothing matches “${query}”.`}</li>}
            </>
          )}
        </ul>
      )}
    </div>
  );
}
