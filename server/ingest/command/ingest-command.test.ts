import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SEED_DIR } from '../../../graph-seed/load';
import type { Proposal } from '../../contract/proposal';
import { openEmbeddedStore } from '../../boot/open-store';
import { readAcceptedFacts } from '../../store/memory/accepted-facts-file';
import { runIngest } from './ingest-command';

const seedFile = (prefix: string) => {
  const dir = join(SEED_DIR, 'articles');
  return join(dir, readdirSync(dir).find((f) => f.startsWith(prefix))!);
};

/** A hash of every file under graph-seed/, to prove the curated seed is never edited. */
function seedFingerprint(): string {
  const hash = createHash('sha256');
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else hash.update(path).update(readFileSync(path));
    }
  };
  walk(SEED_DIR);
  return hash.digest('hex');
}

let dir: string;
let acceptedFactsFile: string;
let out: string[];
let err: string[];
const run = (...argv: string[]) =>
  runIngest(argv, {
    out: (t) => out.push(t),
    err: (t) => err.push(t),
    openStore: async () => ({ store: await openEmbeddedStore(acceptedFactsFile, { watchIntervalMs: 0 }) }),
  });

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'liaison-ingest-'));
  acceptedFactsFile = join(dir, 'data', 'accepted-facts.json');
  out = [];
  err = [];
});
afterEach(() => {
  out = [];
});

describe('npm run ingest', () => {
  it('prints a readable review: known and new entities, scores and quotes', async () => {
    expect(await run(seedFile('002'))).toBe(0);
    const review = out.join('\n');
    expect(review).toMatch(/p1 {2}known {2}Abdellatif Hammouchi → person:abdellatif-hammouchi \(score 1\.00: same name/);
    expect(review).toContain('“ambassadeur du Royaume-Uni à Rabat, Alex Pinfield”');
    expect(review).toMatch(/Meetings \(3\)/);
  });

  it('prints the proposal as JSON and nothing else with --json', async () => {
    expect(await run(seedFile('004'), '--json')).toBe(0);
    expect(out).toHaveLength(1);
    const proposal = JSON.parse(out[0]!) as Proposal;
    expect(proposal.countries).toEqual(['MA', 'US']);
    expect(proposal.meetings[0]).toMatchObject({ date: '2022-06-13', country: 'US', participants: ['Abdellatif Hammouchi', 'Avril Hainse'], organizations: [] });
    expect(proposal.persons[1]).toMatchObject({ name: 'Avril Hainse', organization: 'Office of the Director of National Intelligence', country: 'US' });
  });

  it.each([
    ['a missing file', () => join(dir, 'nope.txt'), /nope\.txt: not found/],
    ['an empty file', () => write('empty.txt', '   \n'), /empty\.txt: is empty/],
    ['a binary file', () => write('image.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d])), /image\.png: is binary/],
    ['an English article', () => write('english.txt', 'The director of the FBI met the head of the Moroccan police in Washington on Monday to discuss terrorism, organised crime and the security of the 2030 World Cup. '.repeat(3)), /english\.txt: is not in French/],
    ['a 10 MB file', () => write('huge.txt', 'a'.repeat(10 * 1024 * 1024)), /huge\.txt: is 10\.0 MB/],
  ])('refuses %s with a message naming it, exit code 1, nothing written', async (_what, make, message) => {
    const before = seedFingerprint();
    const file = make();
    expect(await run(seedFile('000'), file, '--accept')).toBe(1);
    expect(err.join('\n')).toMatch(message);
    expect(err.join('\n')).toMatch(/nothing was written/);
    expect(existsSync(acceptedFactsFile)).toBe(false);
    expect(seedFingerprint()).toBe(before);
  });

  it('accepts into a data file that survives a restart, never duplicates, and never edits the seed', async () => {
    const before = seedFingerprint();
    const article = write('emirats.txt', readFileSync(join(import.meta.dirname, '..', 'fixtures', 'emirats-2023.txt'), 'utf8'));
    expect(await run(article, '--accept')).toBe(0);
    expect(err.join('\n')).toMatch(/accepted: \d+ nodes and \d+ relationships/);

    const restarted = await openEmbeddedStore(acceptedFactsFile, { watchIntervalMs: 0 });
    const hits = await restarted.search({ q: 'Al Marri', types: ['Person'], limit: 5 });
    expect(hits[0]?.id).toBe('person:abdullah-khalifa-al-marri');
    const hammouchi = await restarted.node('person:abdellatif-hammouchi');
    expect(hammouchi.neighbours.filter((n) => n.node.type === 'Meeting')).toHaveLength(12);
    const health = await restarted.health();

    // Accepting the same article again resolves everything to what is there: the graph does not grow, nothing is written.
    out = [];
    err = [];
    expect(await run(article, '--accept', '--json')).toBe(0);
    expect(err.join('\n')).toMatch(/already in the graph: nothing written/);
    const again = JSON.parse(out[0]!) as Proposal;
    expect(again.article.status).toBe('known');
    expect([...again.persons, ...again.organizations, ...again.meetings].every((f) => f.status === 'known')).toBe(true);
    const twice = await openEmbeddedStore(acceptedFactsFile, { watchIntervalMs: 0 });
    expect(await twice.health()).toEqual(health);
    expect(readAcceptedFacts(acceptedFactsFile)).toHaveLength(1);
    expect(seedFingerprint()).toBe(before);
  });

  it('refuses to accept an undated article until --date is given', async () => {
    expect(await run(seedFile('001'), '--accept')).toBe(1);
    expect(err.join('\n')).toMatch(/not accepted: the article has no date/);
    expect(existsSync(acceptedFactsFile)).toBe(false);
    err = [];
    expect(await run(seedFile('001'), '--accept', '--date', '2024-11-25')).toBe(0);
    const store = await openEmbeddedStore(acceptedFactsFile, { watchIntervalMs: 0 });
    const meeting = await store.node('meeting:2024-11-25-rabat');
    expect(meeting.sources.map((s) => s.articleTitle)).toContain('L.Hammouch: Renforcement de la coopération sécuritaire entre le Maroc et la Belgique : un partenariat efficace face aux défis terroristes');
  });

  it('refuses to accept a text that states no facts (a system file), saying so, and writes nothing', async () => {
    const passwd = write('passwd', 'root:x:0:0:root:/root:/bin/bash\ndaemon:x:1:1:daemon:/usr/sbin:/usr/sbin/nologin\nle:x:2:2:la:/de/la:/bin/et\n');
    expect(await run(passwd, '--accept', '--date', '2024-01-01')).toBe(1);
    expect(err.join('\n')).toMatch(/not accepted: the text states no facts Liaison can read/);
    expect(existsSync(acceptedFactsFile)).toBe(false);
  });

  it('explains its usage when given no file or a malformed --date', async () => {
    expect(await run()).toBe(2);
    expect(err.join('\n')).toMatch(/usage: npm run ingest/);
    expect(await run(seedFile('000'), '--date', '30/01/2025')).toBe(2);
    expect(err.join('\n')).toMatch(/--date "30\/01\/2025" is not a date/);
  });

  it('will not start over a damaged data file, and leaves it as it is', async () => {
    const file = write('data/accepted-facts.json', '{"version": 1, "batches": [');
    await expect(run(seedFile('000'))).rejects.toThrow(/not valid JSON.*will not overwrite it/);
    expect(readFileSync(file, 'utf8')).toBe('{"version": 1, "batches": [');
  });
});

describe('npm run ingest -- folder/', () => {
  const fixture = (name: string) => readFileSync(join(import.meta.dirname, '..', 'fixtures', name), 'utf8');

  it('accepts every .txt article of a folder in name order, with progress on stderr and a summary at the end', async () => {
    write('articles/b-interpol.txt', fixture('interpol-2024.txt'));
    write('articles/a-bruxelles.txt', fixture('bruxelles-2025.txt'));
    write('articles/notes.md', 'pas un article');
    write('articles/sub/c-paris.txt', fixture('paris-2023.txt'));
    expect(await run(join(dir, 'articles'), '--accept')).toBe(0);
    const log = err.join('\n');
    expect(log).toMatch(/\[1\/2\] .*a-bruxelles\.txt: accepted/);
    expect(log).toMatch(/\[2\/2\] .*b-interpol\.txt: accepted/);
    expect(log).not.toMatch(/notes\.md|c-paris/);
    expect(err.at(-1)).toMatch(/^ingest: 2 articles: 2 accepted, 0 already in the graph, 0 not accepted; facts: \d+ new, \d+ known; \d+ warnings?$/);
    const [, fresh, known] = /facts: (\d+) new, (\d+) known/.exec(err.at(-1)!)!;
    expect(Number(fresh)).toBeGreaterThan(0);
    // Hammouchi is in the seed graph: the Interpol article knows him.
    expect(Number(known)).toBeGreaterThan(0);
    const store = await openEmbeddedStore(acceptedFactsFile, { watchIntervalMs: 0 });
    expect((await store.search({ q: 'Jürgen Stock', types: ['Person'], limit: 1 }))[0]?.label).toBe('Jürgen Stock');
    expect(readAcceptedFacts(acceptedFactsFile)).toHaveLength(2);
  });

  it('counts a second run over the same folder as already in the graph, every fact known', async () => {
    write('articles/interpol.txt', fixture('interpol-2024.txt'));
    expect(await run(join(dir, 'articles'), '--accept')).toBe(0);
    err = [];
    expect(await run(join(dir, 'articles'), '--accept')).toBe(0);
    expect(err.at(-1)).toMatch(/1 article: 0 accepted, 1 already in the graph, 0 not accepted; facts: 0 new, [1-9]\d* known/);
  });

  it('accepts the articles it can, says which it could not and why, and exits 1', async () => {
    write('articles/1-interpol.txt', fixture('interpol-2024.txt'));
    write('articles/2-undated.txt', readFileSync(seedFile('001'), 'utf8'));
    expect(await run(join(dir, 'articles'), '--accept')).toBe(1);
    expect(err.join('\n')).toMatch(/\[2\/2\] .*2-undated\.txt: not accepted: the article has no date/);
    expect(err.at(-1)).toMatch(/2 articles: 1 accepted, 0 already in the graph, 1 not accepted/);
    expect(readAcceptedFacts(acceptedFactsFile)).toHaveLength(1);
  });

  it('writes nothing when one file of the folder is not an article, naming it', async () => {
    write('articles/good.txt', fixture('interpol-2024.txt'));
    write('articles/bad.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]));
    expect(await run(join(dir, 'articles'), '--accept')).toBe(1);
    expect(err.join('\n')).toMatch(/bad\.txt: is binary/);
    expect(err.join('\n')).toMatch(/nothing was written/);
    expect(existsSync(acceptedFactsFile)).toBe(false);
  });

  it('refuses a folder with no article in it', async () => {
    write('empty/readme.md', 'rien');
    expect(await run(join(dir, 'empty'))).toBe(1);
    expect(err.join('\n')).toMatch(/empty: is a folder with no \.txt article in it/);
  });

  it('proposes without writing, one review per article, when --accept is not given', async () => {
    write('articles/a.txt', fixture('interpol-2024.txt'));
    write('articles/b.txt', fixture('bruxelles-2025.txt'));
    expect(await run(join(dir, 'articles'), '--json')).toBe(0);
    expect((JSON.parse(out[0]!) as Proposal[]).map((p) => p.article.status)).toEqual(['new', 'new']);
    expect(err.at(-1)).toMatch(/2 articles proposed; facts: /);
    expect(existsSync(acceptedFactsFile)).toBe(false);
  });
});

function write(name: string, content: string | Buffer): string {
  const path = join(dir, name);
  const parent = join(path, '..');
  mkdirSync(parent, { recursive: true });
  writeFileSync(path, content);
  return path;
}
