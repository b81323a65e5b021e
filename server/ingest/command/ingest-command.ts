/**
 * `npm run ingest -- <file.txt | folder/>... [--json] [--accept] [--date YYYY-MM-DD]`.
 * Every file (a folder: its .txt files) is read and checked before anything
 * is written: one bad file (missing, empty, binary, not French, too large)
 * stops the run with a message naming it, and nothing is accepted. Progress
 * and a summary go to stderr. Returns the exit code.
 */
import { parseArgs } from 'node:util';
import { parsePartialDate } from '../../contract/dates';
import type { Proposal } from '../../contract/proposal';
import type { GraphStore } from '../../store/graph-store';
import { AcceptError } from '../acceptance/accept-error';
import { acceptArticle } from '../acceptance/accept';
import { proposeFromText } from '../proposal/propose';
import { reviewText } from '../proposal/review-text';
import { readArticleFiles, type ArticleFile } from './article-files';
import { countProposal, emptyTally, summaryLine, type IngestTally } from './ingest-summary';

export interface IngestIo {
  out: (text: string) => void;
  err: (text: string) => void;
  openStore: () => Promise<{ store: GraphStore }>;
}

const USAGE = `usage: npm run ingest -- <article.txt | folder/>... [--json] [--accept] [--date YYYY-MM-DD]
  a folder stands for the .txt articles in it (not its subfolders), read in name order
  --json     print the proposal as JSON (an array for several files) and nothing else on stdout
  --accept   add the proposed facts to the graph (embedded: data/accepted-facts.json; Neo4j: one transaction)
  --date     the article's date, when its text gives none (YYYY, YYYY-MM or YYYY-MM-DD)`;

interface IngestArgs {
  paths: string[];
  json: boolean;
  accept: boolean;
  date?: string;
}

/** The arguments, or the exit code when there is nothing to do (help, a usage error). */
function parseIngestArgs(argv: string[], io: IngestIo): IngestArgs | number {
  let args;
  try {
    args = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { json: { type: 'boolean' }, accept: { type: 'boolean' }, date: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    });
  } catch (error) {
    io.err(`ingest: ${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = args;
  if (values.help) {
    io.out(USAGE);
    return 0;
  }
  if (positionals.length === 0) {
    io.err(`ingest: name at least one article file or folder\n${USAGE}`);
    return 2;
  }
  if (values.date !== undefined && !parsePartialDate(values.date)) {
    io.err(`ingest: --date "${values.date}" is not a date (expected YYYY, YYYY-MM or YYYY-MM-DD)`);
    return 2;
  }
  return { paths: positionals, json: !!values.json, accept: !!values.accept, ...(values.date ? { date: values.date } : {}) };
}

export async function runIngest(argv: string[], io: IngestIo): Promise<number> {
  const args = parseIngestArgs(argv, io);
  if (typeof args === 'number') return args;
  const { articles, problems } = readArticleFiles(args.paths);
  if (problems.length > 0) {
    io.err([...problems.map((p) => `ingest: ${p}`), args.accept ? 'ingest: nothing was written' : ''].filter(Boolean).join('\n'));
    return 1;
  }
  const { store } = await io.openStore();
  try {
    const tally = emptyTally();
    const proposals: Proposal[] = [];
    for (const [i, article] of articles.entries()) {
      const step = articles.length > 1 ? `[${i + 1}/${articles.length}] ` : '';
      const proposal = await ingestOne(store, article, args, tally, (line) => io.err(`ingest: ${step}${article.file}: ${line}`));
      if (!proposal) continue;
      proposals.push(proposal);
      if (!args.json) io.out(`${reviewText(article.file, proposal)}\n`);
    }
    if (args.json) io.out(JSON.stringify(proposals.length === 1 ? proposals[0] : proposals, null, 2));
    io.err(summaryLine(tally, args.accept));
    return tally.refused > 0 ? 1 : 0;
  } finally {
    await store.close();
  }
}

/** One article proposed (and accepted, with --accept), counted; null when the graph refused it (said on stderr). */
async function ingestOne(store: GraphStore, { text }: ArticleFile, args: IngestArgs, tally: IngestTally, say: (line: string) => void): Promise<Proposal | null> {
  const options = args.date ? { date: args.date } : {};
  tally.articles += 1;
  if (!args.accept) {
    const proposal = await proposeFromText(text, store, options);
    countProposal(tally, proposal);
    say(`proposed ${proposal.persons.length + proposal.organizations.length + proposal.meetings.length} facts`);
    return proposal;
  }
  try {
    const result = await acceptArticle(store, text, options);
    countProposal(tally, result.proposal);
    if (result.unchanged) tally.unchanged += 1;
    else tally.accepted += 1;
    say(result.unchanged ? 'already in the graph: nothing written' : `accepted: ${result.written.nodes} nodes and ${result.written.relationships} relationships written or merged`);
    return result.proposal;
  } catch (error) {
    if (!(error instanceof AcceptError)) throw error;
    tally.refused += 1;
    say(`not accepted: ${error.message}`);
    return null;
  }
}
