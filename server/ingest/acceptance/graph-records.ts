/** Nodes and relationships gathered for one write: each relationship once, with every quote that states it. */
import { countryNames } from '../../../graph-seed/countries';
import { edgeId, type GraphEdge, type GraphNode, type RelType } from '../../contract/model';

export interface GraphRecords {
  nodes: Map<string, GraphNode>;
  edges: Map<string, GraphEdge>;
  /** A relationship sourced by the quotes given (none: no relationship); a repeat adds its quotes. */
  link(type: RelType, source: string, target: string, quotes: (string | undefined)[], extra?: Partial<GraphEdge>): void;
  /** The country's node id, its node added. */
  country(code: string): string;
}

export function graphRecords(articleId: string): GraphRecords {
  const nodes = new Map<string, GraphNode>();
  const edges = new Map<string, GraphEdge>();
  return {
    nodes,
    edges,
    link(type, source, target, quotes, extra = {}) {
      const sources = [...new Set(quotes.filter((q): q is string => !!q))].map((quote) => ({ articleId, quote }));
      if (sources.length === 0) return;
      const id = edgeId(type, source, target);
      const known = edges.get(id);
      if (!known) {
        edges.set(id, { id, type, source, target, ...extra, sources });
        return;
      }
      for (const s of sources) if (!known.sources.some((k) => k.quote === s.quote)) known.sources.push(s);
    },
    country(code) {
      const names = countryNames(code);
      nodes.set(`country:${code}`, { type: 'Country', id: `country:${code}`, label: names.fr, code, nameFr: names.fr, nameEn: names.en });
      return `country:${code}`;
    },
  };
}
