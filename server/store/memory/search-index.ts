import SearchableMap from 'minisearch/SearchableMap';
import { NODE_TYPES, type GraphNode, type NodeType } from '../../contract/model';
import type { SearchHit } from '../../contract/results';
import type { SearchQuery } from '../../contract/requests';
import { foldAccents } from '../../text/normalise';
import { fuzziness, matchedName, searchableNames } from '../searchable-names';
import { NODE_TYPE_BIT } from './bit-codes';
import { Scratch } from './scratch';

/** What the index finds: a node (by its names), or anything else under a node's type and label (a note, by its words). */
export interface SearchDoc {
  id: string;
  type: NodeType;
  label: string;
  names: string[];
}

/** One way a query word matched index terms: the posting list of one term and how well it matched. */
interface TermMatch {
  term: string;
  postings: number[];
  quality: number;
}

// How much a partial match counts against an exact one (MiniSearch's defaults).
const PREFIX_QUALITY = 0.375;
const FUZZY_QUALITY = 0.45;

const tokenize = (text: string) => text.split(/[\s\-'’.,:;()|/]+/u).filter(Boolean).map(foldAccents);

/** The documents and the term → postings tree; ordinals index every per-document array. */
interface IndexData {
  terms: SearchableMap<number[]>;
  docs: (SearchDoc | null)[];
  typeCode: number[];
  /** Words per name, on average: a match in a short name says more than one in a long title. */
  nameLength: number[];
  ordinalOf: Map<string, number>;
  live: number;
  /** Per-document scores, zero between queries: a query clears what it touched rather than allocating 2 MiB. */
  scratch: Scratch<{ matched: Uint8Array; best: Float64Array; score: Float64Array }>;
}

/**
 * Name search: accent- and case-folded words, prefix on the word being typed,
 * typo-tolerant when nothing matches exactly, every word required, ranked by
 * how rare and how exact the matched words are.
 *
 * MiniSearch's radix tree (its public SearchableMap) finds the terms; the
 * postings are plain integer lists scored into flat arrays. MiniSearch's own
 * scoring builds an object per matching document, and a short prefix on 100k
 * names matches thousands: 5 ms a query, where this takes well under one.
 */
export function createSearchIndex() {
  const data: IndexData = {
    terms: new SearchableMap<number[]>(),
    docs: [],
    typeCode: [],
    nameLength: [],
    ordinalOf: new Map(),
    live: 0,
    scratch: new Scratch({ matched: new Uint8Array(0), best: new Float64Array(0), score: new Float64Array(0) }, 'search scores'),
  };
  return {
    add: (nodes: GraphNode[]) => addDocs(data, nodes.map((node) => ({ id: node.id, type: node.type, label: node.label, names: searchableNames(node) }))),
    addDocs: (docs: SearchDoc[]) => addDocs(data, docs),
    search: (query: SearchQuery) => searchIndex(data, query),
    size: () => data.live,
  };
}

function addDocs(data: IndexData, docs: SearchDoc[]) {
  for (const doc of docs) {
    const { names } = doc;
    const previous = data.ordinalOf.get(doc.id);
    if (previous !== undefined) {
      // Postings are append-only: a replaced document leaves a tombstone that queries skip.
      data.docs[previous] = null;
      data.ordinalOf.delete(doc.id);
      data.live -= 1;
    }
    if (names.length === 0) continue;
    const ordinal = data.docs.length;
    data.docs.push(doc);
    data.typeCode.push(NODE_TYPES.indexOf(doc.type));
    data.ordinalOf.set(doc.id, ordinal);
    data.live += 1;
    const tokens = names.flatMap(tokenize);
    data.nameLength.push(tokens.length / names.length);
    for (const word of new Set(tokens)) {
      const postings = data.terms.get(word);
      if (postings) postings.push(ordinal);
      else data.terms.set(word, [ordinal]);
    }
  }
}

function searchIndex(data: IndexData, query: SearchQuery): SearchHit[] {
  // The per-document word count is a byte; a query of 200 characters has at most 100 words anyway.
  const words = tokenize(query.q).slice(0, 255);
  if (words.length === 0) return [];
  const types = query.types?.length ? query.types.reduce((mask, type) => mask | NODE_TYPE_BIT.get(type)!, 0) : null;
  // Typos are tolerated only when the exact pass finds nothing: the typo pass costs ten times more.
  let result = scoreWords(data, words, types, false, query.limit);
  if (result.hits.length === 0) result = scoreWords(data, words, types, true, query.limit);
  return result.hits.map(({ ordinal, score }) => {
    const doc = data.docs[ordinal]!;
    return { id: doc.id, type: doc.type, label: doc.label, matched: matchedName(doc.names, result.usedTerms), score: Math.round(score * 1000) / 1000 };
  });
}

/** Index terms a query word matches: exactly, by prefix when it is being typed, within a few edits on the typo pass. */
function matchesOf({ terms }: IndexData, word: string, isLast: boolean, fuzzy: boolean): TermMatch[] {
  const found = new Map<string, TermMatch>();
  const note = (term: string, postings: number[], quality: number) => {
    const known = found.get(term);
    if (!known || known.quality < quality) found.set(term, { term, postings, quality });
  };
  const exact = terms.get(word);
  if (exact) note(word, exact, 1);
  if (isLast && word.length >= 2) {
    for (const [term, postings] of terms.atPrefix(word)) note(term, postings, term === word ? 1 : PREFIX_QUALITY);
  }
  if (fuzzy && fuzziness(word) > 0) {
    for (const [term, [postings, distance]] of terms.fuzzyGet(word, fuzziness(word))) {
      note(term, postings, distance === 0 ? 1 : FUZZY_QUALITY / distance);
    }
  }
  return [...found.values()];
}

/** The documents that match every word, best first, and the index terms that matched. */
function scoreWords(data: IndexData, words: string[], types: number | null, fuzzy: boolean, limit: number) {
  return data.scratch.use((scratch) => {
    if (scratch.matched.length < data.docs.length) {
      const size = Math.ceil(data.docs.length * 1.5);
      [scratch.matched, scratch.best, scratch.score] = [new Uint8Array(size), new Float64Array(size), new Float64Array(size)];
    }
    const { matched, best, score } = scratch;
    // matched[d] = how many query words document d matched so far; a document must match each in turn.
    let touched: number[] = [];
    let candidates: number[] = [];
    const usedTerms: string[] = [];
    for (const [w, word] of words.entries()) {
      const reached: number[] = [];
      for (const { term, postings, quality } of matchesOf(data, word, w === words.length - 1, fuzzy)) {
        const weight = quality * Math.log(1 + data.live / postings.length);
        let used = false;
        for (const d of postings) {
          if (matched[d] === w) {
            if (data.docs[d] === null || (types !== null && (types & (1 << data.typeCode[d]!)) === 0)) continue;
            matched[d] = w + 1;
            best[d] = weight;
            reached.push(d);
            used = true;
          } else if (matched[d] === w + 1 && weight > best[d]!) best[d] = weight;
        }
        if (used) usedTerms.push(term);
      }
      for (const d of reached) score[d]! += best[d]!;
      if (w === 0) touched = reached;
      candidates = reached;
      if (candidates.length === 0) break;
    }
    // Shorter names first among equals: the person "Abdellatif Hammouchi" before an article titled "Hammouchi en visite…".
    for (const d of candidates) score[d] = score[d]! / (1 + 0.15 * data.nameLength[d]!);
    const hits = topByScore(candidates, score, limit);
    for (const d of touched) matched[d] = best[d] = score[d] = 0;
    return { hits, usedTerms };
  });
}

/** The `limit` highest scores, highest first, ties in index order; one pass, no sort of all candidates. */
function topByScore(candidates: number[], score: Float64Array, limit: number): { ordinal: number; score: number }[] {
  const top: { ordinal: number; score: number }[] = [];
  for (const ordinal of candidates) {
    const s = score[ordinal]!;
    if (top.length === limit && s <= top[top.length - 1]!.score) continue;
    let at = top.length;
    while (at > 0 && (top[at - 1]!.score < s || (top[at - 1]!.score === s && top[at - 1]!.ordinal > ordinal))) at--;
    top.splice(at, 0, { ordinal, score: s });
    if (top.length > limit) top.pop();
  }
  return top;
}
