import { describe, expect, it } from 'vitest';
import { lintStatement } from './cypher-lint';
import { allStatements } from './statements';

describe('the offline Cypher check', () => {
  // Every real statement is checked by `npm run lint:cypher`, which `npm test` runs first.
  it('knows every statement the adapter can send, writes included', () => {
    const names = allStatements().map((s) => s.name);
    expect(names).toEqual(expect.arrayContaining(['neighbourhood', 'whoMet', 'path 1', 'path 10', 'search', 'merge Person', 'merge ATTENDED', 'note addNote', 'note searchNotes', 'note schema 2']));
  });

  it('catches a syntax error, an undefined variable and an undeclared parameter', () => {
    expect(lintStatement('MATC (n:Node) RETURN n', [])[0]).toContain("Invalid input 'MATC'");
    expect(lintStatement('MATCH (n:Node) RETURN m', []).join()).toContain('Variable `m` not defined');
    expect(lintStatement('MATCH (n:Node {id: $nope}) RETURN n', []).join()).toContain('Parameter $nope is not defined');
  });

  it('catches labels, relationship types and properties outside our model', () => {
    expect(lintStatement('MATCH (n:Spy) RETURN n', []).join()).toContain('Label Spy is not present');
    expect(lintStatement('MATCH ()-[r:BRIBED]->() RETURN r', []).join()).toContain('BRIBED');
    expect(lintStatement('MATCH (n:Node) RETURN n.salary', []).join()).toContain('salary');
  });

  it('flags a declared parameter the statement never uses', () => {
    expect(lintStatement('MATCH (n:Node) RETURN n', ['id'])).toEqual(['declares $id but never uses it']);
  });
});
