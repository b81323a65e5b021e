/** What search matches on, shared by both stores so they find the same things. */
import type { GraphNode } from '../contract/model';
import { foldAccents } from '../text/normalise';

/** The names a node can be found by: its name, aliases (misspellings included), acronym. */
export function searchableNames(node: GraphNode): string[] {
  switch (node.type) {
    case 'Person':
      return [node.name, ...node.aliases];
    case 'Organization':
      return [node.acronym ?? '', node.name, ...node.aliases].filter(Boolean);
    case 'Country':
      return [node.nameFr, node.nameEn, node.code];
    case 'Topic':
      return [node.nameEn, node.nameFr];
    case 'Region':
      return [node.name, ...node.aliases];
    case 'Meeting':
      // By their city: a place is otherwise not searchable at all. Not by their
      // titles ("With Christopher Wray (FBI)"), which would outrank the person and
      // the agency they name.
      return node.city ? [node.city] : [];
    case 'Agreement':
      return [node.name];
    case 'Article':
      return [node.title];
  }
}

// Three edits are too many for short words: "Wray" must not find "Gray".
export const fuzziness = (term: string) => (term.length >= 8 ? 2 : term.length >= 5 ? 1 : 0);

/** Which of a node's names the query matched, for showing "found as …". */
export function matchedName(names: string[], terms: string[]): string {
  const folded = terms.map(foldAccents);
  return names.find((name) => folded.some((term) => foldAccents(name).includes(term))) ?? names[0] ?? '';
}
