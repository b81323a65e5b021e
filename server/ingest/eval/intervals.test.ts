import { describe, expect, it } from 'vitest';
import { f1Interval } from './intervals';
import { f1, type Counts } from './score';
import { emptyCounts, type SplitResult } from './split-eval';

const split = (meetings: Counts[]): SplitResult => {
  const perArticle = meetings.map((m, i) => ({ articleId: `article:${i}`, counts: { ...emptyCounts(), meetings: m } }));
  const total = meetings.reduce((s, c) => ({ tp: s.tp + c.tp, fp: s.fp + c.fp, fn: s.fn + c.fn }), { tp: 0, fp: 0, fn: 0 });
  return { articles: meetings.length, counts: { ...emptyCounts(), meetings: total }, dates: { found: 0, right: 0 }, perArticle, notes: [] };
};

describe("a split's F1 interval over its articles", () => {
  it('is a single point when every article scores alike', () => {
    const [lo, hi] = f1Interval(split(Array.from({ length: 12 }, () => ({ tp: 1, fp: 1, fn: 0 }))), 'meetings');
    expect(lo).toBeCloseTo(2 / 3);
    expect(hi).toBeCloseTo(2 / 3);
  });

  it('holds the figure, is wider for fifteen articles than for sixty like them, and is the same every run', () => {
    const mixed = [{ tp: 2, fp: 0, fn: 0 }, { tp: 0, fp: 1, fn: 2 }, { tp: 1, fp: 1, fn: 1 }];
    const small = split(Array.from({ length: 15 }, (_, i) => mixed[i % 3]!));
    const large = split(Array.from({ length: 60 }, (_, i) => mixed[i % 3]!));
    const [lo, hi] = f1Interval(small, 'meetings');
    const figure = f1(small.counts.meetings).f1;
    expect(lo).toBeLessThan(figure);
    expect(hi).toBeGreaterThan(figure);
    const [largeLo, largeHi] = f1Interval(large, 'meetings');
    expect(largeHi - largeLo).toBeLessThan(hi - lo);
    expect(f1Interval(small, 'meetings')).toEqual([lo, hi]);
  });
});
