/**
 * Accepting an article: propose its facts again from the text (so only quoted
 * facts can be written, whatever a client sends), leave out what the reviewer
 * unticked, and write the rest all or nothing through the store (embedded: its
 * accepted-facts log, then memory; Neo4j: one transaction). What the graph
 * already holds is not written again.
 */
import type { Proposal } from '../../contract/proposal';
import type { GraphStore } from '../../store/graph-store';
import { analyseHere, type Analyse } from '../extraction/analyse-article';
import { proposalFrom } from '../proposal/propose';
import { nodeExists } from '../resolution/resolve';
import { AcceptError } from './accept-error';
import { proposalToGraph } from './proposal-to-graph';

export interface AcceptOptions {
  date?: string;
  /** Keys of proposed facts the reviewer left out ("p2", "m1"). */
  exclude?: string[];
  /** Where the text is read (the server: a worker with a time budget). */
  analyse?: Analyse;
}

export interface AcceptResult {
  proposal: Proposal;
  /** New or changed nodes and relationships (Neo4j: all those written or merged). */
  written: { nodes: number; relationships: number };
  /** The graph already held all of it: nothing was written. */
  unchanged: boolean;
}

export async function acceptArticle(store: GraphStore, rawText: string, options: AcceptOptions = {}): Promise<AcceptResult> {
  const analysis = await (options.analyse ?? analyseHere)(rawText, options.date ? { date: options.date } : {});
  const { text } = analysis;
  const proposal = await proposalFrom(analysis, store);
  if (proposal.persons.length + proposal.organizations.length + proposal.meetings.length === 0) {
    throw new AcceptError('the text states no facts Liaison can read (no people, agencies or meetings): nothing to accept', 'text');
  }
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
  // The embedded store says what changed; Neo4j's MERGE does not, so its counts are of what was sent.
  const changed = (await store.writeFacts(data)) ?? { nodes: data.nodes.length, relationships: data.edges.length, articles: data.articles.length };
  const unchanged = changed.nodes + changed.relationships + changed.articles === 0;
  return { proposal, written: { nodes: changed.nodes, relationships: changed.relationships }, unchanged };
}
