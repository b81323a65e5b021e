/** What an ingest run did, counted over its articles: the line a researcher reads at the end of a folder. */
import type { Proposal } from '../../contract/proposal';

export interface IngestTally {
  articles: number;
  accepted: number;
  unchanged: number;
  refused: number;
  /** People, agencies and meetings the graph did not hold, and those it did. */
  newFacts: number;
  knownFacts: number;
  warnings: number;
}

export const emptyTally = (): IngestTally => ({ articles: 0, accepted: 0, unchanged: 0, refused: 0, newFacts: 0, knownFacts: 0, warnings: 0 });

export function countProposal(tally: IngestTally, proposal: Proposal): void {
  const facts = [...proposal.persons, ...proposal.organizations, ...proposal.meetings];
  tally.newFacts += facts.filter((f) => f.status === 'new').length;
  tally.knownFacts += facts.filter((f) => f.status === 'known').length;
  tally.warnings += proposal.warnings.length;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export function summaryLine(t: IngestTally, accepting: boolean): string {
  const outcome = accepting
    ? `: ${t.accepted} accepted, ${t.unchanged} already in the graph, ${t.refused} not accepted`
    : ' proposed';
  return `ingest: ${plural(t.articles, 'article')}${outcome}; facts: ${t.newFacts} new, ${t.knownFacts} known; ${plural(t.warnings, 'warning')}`;
}
