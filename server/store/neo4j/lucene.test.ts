import { describe, expect, it } from 'vitest';
import { luceneQuery } from './lucene';

describe('full-text queries sent to Neo4j', () => {
  it('requires every word, tolerates typos by length and lets the last word be a prefix', () => {
    expect(luceneQuery('Francesca Posten')).toBe('+(francesca^4 OR francesca~2) +(posten^4 OR posten~1 OR posten*^2)');
  });

  it('folds accents and case and strips Lucene syntax from user text', () => {
    expect(luceneQuery('SÛRETÉ')).toBe('+(surete^4 OR surete~1 OR surete*^2)');
    expect(luceneQuery('wray) OR *:* AND "x')).toBe('+(wray^4) +(or^4) +(and^4) +(x^4)');
  });
});
