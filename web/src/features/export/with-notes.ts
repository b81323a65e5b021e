import type { Note } from '@contract/model';

/**
 * A JSON export with the researcher's notes on the nodes it holds, under
 * their own key: a note is their word, never one of the graph's facts.
 */
export function withNotes<S extends { nodes: { id: string }[] }>(subgraph: S, notes: Note[]): S & { notes: Note[] } {
  const ids = new Set(subgraph.nodes.map((n) => n.id));
  return { ...subgraph, notes: notes.filter((n) => ids.has(n.target)) };
}
