import { describe, expect, it } from 'vitest';
import { filtersOf, keyedWindow, nextWindow, startWindow, windowOf } from './play-steps';

const months = ['2022-06', '2022-07', '2022-08', '2022-09', '2022-10', '2022-11', '2022-12', '2023-01'];

describe('the time bar window', () => {
  it('reads years and months from the filters, and writes months back, no filter for the whole span', () => {
    expect(windowOf({}, months)).toEqual([0, 7]);
    expect(windowOf({ from: '2022-08', to: '2022-10' }, months)).toEqual([2, 4]);
    expect(windowOf({ from: 2023 }, months)).toEqual([7, 7]);
    expect(windowOf({ to: 2022 }, months)).toEqual([0, 6]);
    expect(filtersOf([2, 4], months)).toEqual({ from: '2022-08', to: '2022-10' });
    expect(filtersOf([0, 7], months)).toEqual({ from: undefined, to: undefined });
  });

  it('plays cumulatively from the first month, or slides the brushed width, and stops after the last month', () => {
    expect(startWindow([0, 7], 'cumulative', 8)).toEqual([0, 0]);
    expect(nextWindow([0, 0], 'cumulative', 8)).toEqual([0, 1]);
    expect(startWindow([3, 5], 'sliding', 8)).toEqual([0, 2]);
    expect(nextWindow([0, 2], 'sliding', 8)).toEqual([1, 3]);
    expect(nextWindow([5, 7], 'sliding', 8)).toBeNull();
  });
});

describe('the brush by keyboard', () => {
  it('moves the window a month with the arrows, its end with Shift, and to either end with Home and End', () => {
    expect(keyedWindow([0, 7], 'ArrowRight', false, 8, false)).toEqual([0, 0]);
    expect(keyedWindow([0, 7], 'ArrowLeft', false, 8, false)).toEqual([7, 7]);
    expect(keyedWindow([2, 3], 'ArrowRight', false, 8, true)).toEqual([3, 4]);
    expect(keyedWindow([2, 3], 'ArrowRight', true, 8, true)).toEqual([2, 4]);
    expect(keyedWindow([2, 3], 'ArrowLeft', true, 8, true)).toEqual([2, 2]);
    expect(keyedWindow([2, 2], 'ArrowLeft', true, 8, true)).toEqual([2, 2]);
    expect(keyedWindow([6, 7], 'ArrowRight', false, 8, true)).toEqual([6, 7]);
    expect(keyedWindow([2, 3], 'End', false, 8, true)).toEqual([6, 7]);
    expect(keyedWindow([2, 3], 'Home', false, 8, true)).toEqual([0, 1]);
    expect(keyedWindow([2, 3], 'a', false, 8, true)).toBeNull();
  });
});
