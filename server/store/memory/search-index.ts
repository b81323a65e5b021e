import MiniSearch, { type SearchResult } from 'minisearch';
import type { GraphNode, NodeType } from '../../api/model';
import type { SearchHit } from '../../api/results';
import type { SearchQuery } from '../../api/requests';
import { foldAccents } from '../../text/normalise';
import { fuzziness, matchedName, searchableNames } from '../searchable-names';

interface Entry {
  id: string;
  type: NodeType;
  label: string;
  names: string[];
}

const NAME_SEPARATOR = ' | ';

/**
 * Full-text index over names. MiniSearch gives prefix and typo-tolerant
 * (Levenshtein) matching on a radix tree with BM25 ranking; we fold accents
 * and case on both sides.
 */
export function createSearchIndex() {
  const index = new MiniSearch<Entry>({
    fields: ['names'],
    storeFields: ['type', 'label', 'names'],
    // storeFields go through extractField too, so names are stored joined and split on the way out.
    extractField: (entry, field) => (field === 'names' ? entry.names.join(NAME_SEPARATOR) : String(entry[field as keyof Entry])),
    processTerm: (term) => foldAccents(term),
    tokenize: (text) => text.split(/[\s\-'’.,:;()|/]+/u).filter(Boolean),
  });

  const add = (nodes: GraphNode[]) => {
    const entries = nodes
      .map((node) => ({ id: node.id, type: node.type, label: node.label, names: searchableNames(node) }))
      .filter((entry) => entry.names.length > 0);
    for (const entry of entries) if (index.has(entry.id)) index.discard(entry.id);
    index.addAll(entries);
  };

  /**
   * Autocomplete semantics: earlier words are complete, the last one is being
   * typed (prefix). Typos are tolerated in a second pass, only when the exact
   * pass finds nothing: it costs ten times more on a large graph.
   */
  const search = (query: SearchQuery): SearchHit[] => {
    const types = query.types?.length ? new Set<string>(query.types) : null;
    const base = {
      prefix: (term: string, i: number, terms: string[]) => i === terms.length - 1 && term.length >= 2,
      combineWith: 'AND',
      ...(types ? { filter: (result: SearchResult) => types.has(result.type as string) } : {}),
    } as const;
    let results = index.search(query.q, base);
    if (results.length === 0) results = index.search(query.q, { ...base, fuzzy: (term) => fuzziness(term) });
    return results.slice(0, query.limit).map((result) => ({
      id: String(result.id),
      type: result.type as NodeType,
      label: result.label as string,
      matched: matchedName(String(result.names).split(NAME_SEPARATOR), result.terms),
      score: Math.round(result.score * 1000) / 1000,
    }));
  };

  return { add, search, size: () => index.documentCount };
}
