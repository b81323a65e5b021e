/**
 * Accepting an article: propose its facts again from the text (so only quoted
 * facts can be written, whatever a client sends), leave out what the reviewer
 * unticked, and write the rest all or nothing — embedded: to the
 * accepted-facts file first, then to memory; Neo4j: one transaction.
 */
import type { Proposal } from '../api/proposal';
import type { GraphStore } from '../store/graph-store';
import { appendAcceptedFacts } from './accepted-facts';
import { checkArticleText } from './article-input';
import { proposeFromText } from './propose';
import { nodeExists } from './resolve';
import { AcceptError, proposalToGraph } from './to-graph';

export interface AcceptOptions {
  date?: string;
  /** Keys of proposed facts the reviewer left out ("p2", "m1"). */
  exclude?: string[];
  /** Embedded store: the file accepted facts are kept in. Without it they last until the process ends. */
  acceptedFactsFile?: string;
}

export interface AcceptResult {
  proposal: Proposal;
  written: { nodes: number; relationships: number };
}

export async function acceptArticle(store: GraphStore, rawText: string, options: AcceptOptions = {}): Promise<AcceptResult> {
  const text = checkArticleText(rawText);
  const proposal = await proposeFromText(text, store, options.date ? { date: options.date } : {});
  const keys = new Set([...proposal.persons, ...proposal.organizations, ...proposal.meetings].map((f) => f.key));
  const unknown = (options.exclude ?? []).find((k) => !keys.has(k));
  if (unknown) throw new AcceptError(`"${unknown}" is not a fact of this proposal (its keys: ${[...keys].join(', ')})`, 'exclude');
  const data = await proposalToGraph(proposal, text, store, new Set(options.exclude));
  // Neo4j's MERGE would skip a relationship whose end is missing without a word: check each end once first.
  const ends = new Set(data.edges.flatMap((e) => [e.source, e.target]));
  for (const node of data.nodes) ends.delete(node.id);
  for (const end of ends) {
    if (!(await nodeExists(store, end))) throw new AcceptError(`${end} is neither proposed nor in the graph`, 'facts');
  }
  if (store.kind === 'memory' && options.acceptedFactsFile) {
    appendAcceptedFacts(options.acceptedFactsFile, { acceptedAt: new Date().toISOString(), articleId: proposal.article.id, data });
  }
  await store.writeFacts(data);
  return { proposal, written: { nodes: data.nodes.length, relationships: data.edges.length } };
}
