import type { ArticleDoc, GraphData } from '../../contract/model';
import { InvalidQueryError } from '../errors';
import type { WrittenFacts } from '../graph-store';
import { danglingEnd } from './accepted-facts-file';
import { openAcceptedFactsLog, type AcceptedFactsLog, type LogOptions, type LogTarget } from './accepted-facts-log';
import { factChanges } from './fact-changes';
import type { MemoryState } from './memory-state';

/**
 * The embedded store's writes of accepted facts, all or nothing: a batch with
 * a relationship to nowhere is refused before anything is merged. With a log
 * (useAcceptedFacts), each write is decided and appended under its lock, after
 * catching up with what other processes appended.
 */
export function factWriter(state: MemoryState, articles: ReadonlyMap<string, ArticleDoc>, merge: (data: GraphData) => void) {
  let log: AcceptedFactsLog | undefined;
  const target: LogTarget = { hasNode: (id) => state.graph.hasNode(id), apply: merge };

  return {
    async writeFacts(data: GraphData): Promise<WrittenFacts> {
      let changes: WrittenFacts = { nodes: 0, relationships: 0, articles: 0 };
      const isNew = () => {
        const dangling = danglingEnd(data, target.hasNode);
        if (dangling) throw new InvalidQueryError(dangling, 'facts');
        changes = factChanges(state, articles, data);
        return changes.nodes + changes.relationships + changes.articles > 0;
      };
      if (log) await log.append({ acceptedAt: new Date().toISOString(), articleId: data.articles[0]?.id ?? 'unknown', data }, isNew);
      else if (isNew()) merge(data);
      return changes;
    },
    async useAcceptedFacts(path: string, options?: LogOptions): Promise<void> {
      log?.close();
      log = await openAcceptedFactsLog(path, target, options);
    },
    close() {
      log?.close();
    },
  };
}
