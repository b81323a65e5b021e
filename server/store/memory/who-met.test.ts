import { describe, expect, it } from 'vitest';
import { topByCount } from './who-met';

describe('ranking who-met rows', () => {
  it('keeps the most frequent counterparts first, ties in the order they were met', () => {
    const counts = new Map([['a', 1], ['b', 3], ['c', 1], ['d', 2], ['e', 3], ['f', 1]]);
    expect(topByCount(counts, 3)).toEqual(['b', 'e', 'd']);
    expect(topByCount(counts, 4)).toEqual(['b', 'e', 'd', 'a']);
    expect(topByCount(counts, 10)).toEqual(['b', 'e', 'd', 'a', 'c', 'f']);
  });

  it('returns nothing for nobody met', () => {
    expect(topByCount(new Map(), 5)).toEqual([]);
  });
});
