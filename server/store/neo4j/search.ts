import type { Node } from 'neo4j-driver';
import type { SearchQuery } from '../../contract/requests';
import type { SearchHit } from '../../contract/results';
import { matchedName, searchableNames } from '../searchable-names';
import { luceneQuery, queryTerms } from './lucene';
import { toGraphNode } from './records';
import { int, type RunCypher } from './run-cypher';
import { STATEMENTS } from './statements';

/** Name search on the full-text index, with the embedded store's semantics (see lucene.ts). */
export async function search(run: RunCypher, query: SearchQuery): Promise<SearchHit[]> {
  const terms = queryTerms(query.q);
  if (terms.length === 0) return [];
  const records = await run(STATEMENTS.search, {
    lucene: luceneQuery(query.q),
    candidates: int(query.limit * 5),
    types: query.types?.length ? query.types : null,
    limit: int(query.limit),
  });
  return records.map((record) => {
    const node = toGraphNode(record.get('node') as Node);
    return {
      id: node.id,
      type: node.type,
      label: node.label,
      matched: matchedName(searchableNames(node), terms),
      score: Math.round(Number(record.get('score')) * 1000) / 1000,
    };
  });
}
