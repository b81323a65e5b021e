import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { CORPUS_DIR, SEED_DIR, SeedError, loadDefaultGraph, loadSeed } from './load';

const BELGIUM = 'facts/000-hammouchi-belgique.yaml';
let dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  dirs = [];
});

/** A copy of the real dataset with one file edited. */
function brokenSeed(file: string, edit: (text: string) => string): string {
  const dir = mkdtempSync(join(tmpdir(), 'liaison-seed-'));
  dirs.push(dir);
  for (const part of ['entities.yaml', 'facts', 'articles']) cpSync(join(SEED_DIR, part), join(dir, part), { recursive: true });
  const path = join(dir, file);
  const before = readFileSync(path, 'utf8');
  const after = edit(before);
  expect(after, 'the edit changed nothing').not.toBe(before);
  writeFileSync(path, after);
  return dir;
}

function problemsOf(dir: string) {
  try {
    loadSeed(dir);
  } catch (error) {
    expect(error).toBeInstanceOf(SeedError);
    return (error as SeedError).problems;
  }
  throw new Error('the broken dataset was accepted');
}

/** The 1-based line of the first occurrence of `needle` in a seed file. */
function lineOf(dir: string, file: string, needle: string): number {
  return readFileSync(join(dir, file), 'utf8').split('\n').findIndex((line) => line.includes(needle)) + 1;
}

describe('the seed loader', () => {
  it('loads the curated dataset: every quote is in its article', () => {
    const data = loadSeed();
    const texts = new Map(data.articles.map((a) => [a.id, a.text]));
    const quotes = data.edges.flatMap((e) => e.sources);
    expect(quotes.length).toBeGreaterThan(100);
    for (const { articleId, quote } of quotes) expect(texts.get(articleId)).toContain(quote);
  });

  it('gives every meeting, participation and topic link a source', () => {
    const data = loadSeed();
    for (const edge of data.edges) expect(edge.sources.length, edge.id).toBeGreaterThan(0);
    const meetings = data.nodes.filter((n) => n.type === 'Meeting');
    for (const meeting of meetings) {
      expect(data.edges.some((e) => e.type === 'REPORTED_IN' && e.source === meeting.id), meeting.id).toBe(true);
    }
  });

  it('refuses a quote that is not in the article, naming file, line and quote', () => {
    const dir = brokenSeed(BELGIUM, (t) => t.replace('"la lutte contre le blanchiment d’argent"', '"la lutte contre le blanchiment de capitaux"'));
    const [problem] = problemsOf(dir);
    expect(problem).toMatchObject({ file: expect.stringContaining('000-hammouchi-belgique.yaml'), line: lineOf(dir, BELGIUM, 'blanchiment de capitaux') });
    expect(problem?.reason).toContain('quote not found');
    expect(problem?.fact).toContain('topics');
  });

  it('refuses a reference to an id nobody defined', () => {
    const dir = brokenSeed(BELGIUM, (t) => t.replace('person: person:eric-snoek\n    organization', 'person: person:eric-snok\n    organization'));
    const [problem] = problemsOf(dir);
    expect(problem?.reason).toBe('"person:eric-snok" is referenced but not defined');
    expect(problem?.line).toBe(lineOf(dir, BELGIUM, 'person:eric-snok'));
  });

  it('refuses a malformed date', () => {
    const dir = brokenSeed(BELGIUM, (t) => t.replace('date: 2024-11-25', 'date: 2024-11-31'));
    const problems = problemsOf(dir);
    expect(problems.some((p) => p.reason.startsWith('malformed date') && p.line === lineOf(dir, BELGIUM, '2024-11-31'))).toBe(true);
  });

  it('refuses a topic outside the vocabulary', () => {
    const dir = brokenSeed(BELGIUM, (t) => t.replace('- id: wanted_persons', '- id: fugitives'));
    const [problem] = problemsOf(dir);
    expect(problem?.reason).toContain('unknown topic "fugitives"');
    expect(problem?.line).toBe(lineOf(dir, BELGIUM, 'fugitives'));
  });

  it('refuses a quote taken from page furniture such as a "Lire aussi" link', () => {
    const file = 'facts/003-madrid-tripartite.yaml';
    const dir = brokenSeed(file, (t) => t.replace('"la lutte anti-terroriste"', '"Hammouchi à Abu Dhabi: le Maroc et les Emirats renforcent la coopération sécuritaire"'));
    const [problem] = problemsOf(dir);
    expect(problem?.reason).toContain('page furniture');
  });

  it('refuses a meeting that contradicts another article', () => {
    const dir = brokenSeed('facts/001-bostyn-rabat.yaml', (t) =>
      t.replace('    city: Rabat\n', '    date: 2024-11-24\n    dateQuote: "ce lundi matin"\n    city: Rabat\n'),
    );
    const [problem] = problemsOf(dir);
    expect(problem?.reason).toMatch(/date "2024-11-2\d" contradicts "2024-11-2\d" given in .*\.yaml/);
  });

  it('refuses a file that is not the expected shape, and YAML syntax errors, with their lines', () => {
    const shape = brokenSeed(BELGIUM, (t) => t.replace('    role: guest', '    role: observer'));
    expect(problemsOf(shape)[0]).toMatchObject({ line: lineOf(shape, BELGIUM, 'observer') });
    const syntax = brokenSeed(BELGIUM, (t) => t.replace('memberships:', 'memberships: [unclosed'));
    expect(problemsOf(syntax)[0]?.fact).toBe('YAML');
  });

  it('reports every problem at once, formatted file:line: fact: reason', () => {
    const dir = brokenSeed(BELGIUM, (t) => t.replace('- id: wanted_persons', '- id: fugitives').replace('date: 2024-12\n', 'date: 2024-12-99\n'));
    expect(() => loadSeed(dir)).toThrow(/2 problems/);
    expect(() => loadSeed(dir)).toThrow(/000-hammouchi-belgique\.yaml:\d+: meetings\[0\]\.topics\[3\]\.id \(fugitives\): unknown topic/);
  });
});

describe('the default graph: the seed and the corpus', () => {
  it('holds at least 35 articles and 40 meetings over at least 6 years, every quote found in its article', () => {
    const data = loadDefaultGraph();
    const meetings = data.nodes.filter((n) => n.type === 'Meeting');
    expect(data.articles.length).toBeGreaterThanOrEqual(35);
    expect(meetings.length).toBeGreaterThanOrEqual(40);
    expect(new Set(meetings.map((m) => m.date.slice(0, 4))).size).toBeGreaterThanOrEqual(6);
    for (const edge of data.edges) {
      for (const source of edge.sources) {
        const article = data.articles.find((a) => a.id === source.articleId);
        expect(article?.text, `${edge.id}: ${source.quote}`).toContain(source.quote);
      }
    }
  });

  it('puts every corpus article in exactly one split, at least 10 in test, and each with its source address', () => {
    const splits = parse(readFileSync(join(CORPUS_DIR, 'splits.yaml'), 'utf8')) as { dev: string[]; test: string[] };
    const seedIds = new Set(loadSeed().articles.map((a) => a.id));
    const corpus = loadDefaultGraph().nodes.filter((n) => n.type === 'Article' && !seedIds.has(n.id));
    expect([...splits.dev, ...splits.test].sort()).toEqual(corpus.map((a) => a.id).sort());
    expect(splits.test.length).toBeGreaterThanOrEqual(10);
    expect(corpus.every((a) => a.type === 'Article' && a.url?.startsWith('http'))).toBe(true);
  });
});
