/**
 * What compiling the curated files builds up, and the checks every fact of one
 * facts file goes through: each id it references is defined, each quote is
 * found verbatim in its article (and not in page furniture), each country is an
 * ISO code. Every failed check is a problem; nothing is thrown.
 */
import { edgeId, type ArticleDoc, type GraphEdge, type GraphNode, type RelType, type Source } from '../server/contract/model';
import { findPageFurniture, furnitureAt } from '../server/text/page-furniture';
import { countryNames, isCountryCode } from './countries';

export type YamlPath = (string | number)[];

export interface SeedProblem {
  file: string;
  path: YamlPath;
  /** What the fact is, in words: "meetings[2].topics[0] (cyber)". */
  fact: string;
  reason: string;
  line?: number;
}

/** A meeting as the facts files give it so far: several articles may each state part of it. */
export interface SeedMeetingDraft {
  id: string;
  firstFile: string;
  firstPath: YamlPath;
  fields: Partial<Record<'date' | 'dateEnd' | 'city' | 'country' | 'kind' | 'title' | 'summary', { value: string; file: string }>>;
  attendees: number;
}

export interface SeedBuild {
  problems: SeedProblem[];
  nodes: Map<string, GraphNode>;
  edges: Map<string, GraphEdge>;
  articles: ArticleDoc[];
  meetings: Map<string, SeedMeetingDraft>;
}

export const newSeedBuild = (): SeedBuild => ({ problems: [], nodes: new Map(), edges: new Map(), articles: [], meetings: new Map() });

export const describe = (path: YamlPath, label?: string) =>
  path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('') + (label ? ` (${label})` : '');

/** The checks and writes of one facts file, whose article text is `text`. */
export interface FactChecks {
  file: string;
  articleId: string;
  problem(path: YamlPath, label: string | undefined, reason: string): void;
  /** A source for this article, or null (with a problem) when the quote is not usable. */
  source(quote: string, path: YamlPath, label?: string): Source | null;
  /** Whether `id` is defined as one of `types` (a problem when not). */
  expectNode(id: string, types: GraphNode['type'][], path: YamlPath): boolean;
  /** The country's node id (its node added), or null for a code that is not ISO 3166-1 alpha-2. */
  countryId(code: string, path: YamlPath): string | null;
  /** A relationship sourced by the usable sources (none: no relationship); a repeat adds its sources. */
  link(type: RelType, from: string, to: string, sources: (Source | null)[], extra?: Partial<GraphEdge>): void;
}

export function factChecks(build: SeedBuild, file: string, articleFile: string, articleId: string, text: string): FactChecks {
  const { nodes, edges, problems } = build;
  const furniture = findPageFurniture(text);
  const problem = (path: YamlPath, label: string | undefined, reason: string) => problems.push({ file, path, fact: describe(path, label), reason });
  return {
    file,
    articleId,
    problem,
    source(quote, path, label) {
      const at = text.indexOf(quote);
      if (at < 0) {
        problem(path, label, `quote not found in ${articleFile}: "${quote}"`);
        return null;
      }
      const span = furnitureAt(furniture, at, at + quote.length);
      if (span) {
        problem(path, label, `quote comes from page furniture (${span.reason}), not from the article: "${quote}"`);
        return null;
      }
      return { articleId, quote };
    },
    expectNode(id, types, path) {
      const node = nodes.get(id);
      if (!node) {
        problem(path, id, `"${id}" is referenced but not defined`);
        return false;
      }
      if (!types.includes(node.type)) {
        problem(path, id, `"${id}" is a ${node.type}, expected ${types.join(' or ')}`);
        return false;
      }
      return true;
    },
    countryId(code, path) {
      if (!isCountryCode(code)) {
        problem(path, code, `"${code}" is not an ISO 3166-1 alpha-2 country code`);
        return null;
      }
      const id = `country:${code}`;
      if (!nodes.has(id)) {
        const names = countryNames(code);
        nodes.set(id, { type: 'Country', id, label: names.fr, code, nameFr: names.fr, nameEn: names.en });
      }
      return id;
    },
    link(type, from, to, sources, extra = {}) {
      const found = sources.filter((s): s is Source => s !== null);
      if (found.length === 0) return;
      const id = edgeId(type, from, to);
      const existing = edges.get(id);
      if (!existing) {
        edges.set(id, { id, type, source: from, target: to, ...extra, sources: found });
        return;
      }
      for (const s of found) if (!existing.sources.some((e) => e.articleId === s.articleId && e.quote === s.quote)) existing.sources.push(s);
    },
  };
}
