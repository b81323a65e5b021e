/**
 * `npm run ingest -- <file.txt>... [--json] [--accept] [--date YYYY-MM-DD]`.
 * Every file is read and checked before anything is written: one bad file
 * (missing, empty, binary, not French, too large) stops the run with a
 * message naming it, and nothing is accepted. Returns the exit code.
 */
import { readFileSync, statSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { parsePartialDate } from '../../contract/dates';
import type { Proposal } from '../../contract/proposal';
import type { GraphStore } from '../../store/graph-store';
import { acceptArticle } from '../acceptance/accept';
import { ArticleInputError, checkArticleSize, readArticleBytes } from '../reading/article-input';
import { proposeFromText } from '../proposal/propose';
import { reviewText } from '../proposal/review-text';
import { AcceptError } from '../acceptance/accept-error';

export interface IngestIo {
  out: (text: string) => void;
  err: (text: string) => void;
  openStore: () => Promise<{ store: GraphStore }>;
}

const USAGE = `usage: npm run ingest -- <article.txt>... [--json] [--accept] [--date YYYY-MM-DD]
  --json     print the proposal as JSON (an array for several files) and nothing else on stdout
  --accept   add the proposed facts to the graph (embedded: data/accepted-facts.json; Neo4j: one transaction)
  --date     the article's date, when its text gives none (YYYY, YYYY-MM or YYYY-MM-DD)`;

function readArticle(file: string): string {
  let size: number;
  try {
    const stat = statSync(file);
    if (!stat.isFile()) throw new ArticleInputError('is not a file');
    size = stat.size;
  } catch (error) {
    if (error instanceof ArticleInputError) throw error;
    throw new ArticleInputError((error as NodeJS.ErrnoException).code === 'ENOENT' ? 'not found' : `cannot be read (${(error as Error).message})`);
  }
  checkArticleSize(size);
  return readArticleBytes(readFileSync(file));
}

export async function runIngest(argv: string[], io: IngestIo): Promise<number> {
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
  const { values, positionals: files } = args;
  if (values.help) {
    io.out(USAGE);
    return 0;
  }
  if (files.length === 0) {
    io.err(`ingest: name at least one article file\n${USAGE}`);
    return 2;
  }
  if (values.date !== undefined && !parsePartialDate(values.date)) {
    io.err(`ingest: --date "${values.date}" is not a date (expected YYYY, YYYY-MM or YYYY-MM-DD)`);
    return 2;
  }

  const texts: { file: string; text: string }[] = [];
  const problems: string[] = [];
  for (const file of files) {
    try {
      texts.push({ file, text: readArticle(file) });
    } catch (error) {
      if (!(error instanceof ArticleInputError)) throw error;
      problems.push(`ingest: ${file}: ${error.message}`);
    }
  }
  if (problems.length > 0) {
    io.err([...problems, values.accept ? 'ingest: nothing was written' : ''].filter(Boolean).join('\n'));
    return 1;
  }

  const { store } = await io.openStore();
  try {
    const proposals: Proposal[] = [];
    for (const { file, text } of texts) {
      const options = values.date ? { date: values.date } : {};
      let proposal: Proposal;
      if (values.accept) {
        try {
          const result = await acceptArticle(store, text, options);
          proposal = result.proposal;
          io.err(
            result.unchanged
              ? `ingest: ${file}: already in the graph: nothing written`
              : `ingest: ${file}: accepted: ${result.written.nodes} nodes and ${result.written.relationships} relationships written or merged`,
          );
        } catch (error) {
          if (!(error instanceof AcceptError)) throw error;
          io.err(`ingest: ${file}: not accepted: ${error.message}`);
          return 1;
        }
      } else {
        proposal = await proposeFromText(text, store, options);
      }
      proposals.push(proposal);
      if (!values.json) io.out(`${reviewText(file, proposal)}\n`);
    }
    if (values.json) io.out(JSON.stringify(proposals.length === 1 ? proposals[0] : proposals, null, 2));
    return 0;
  } finally {
    await store.close();
  }
}
