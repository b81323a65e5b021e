import { describe, expect, it } from 'vitest';
import { canvasSummaryText } from './summary-text';

describe('the canvas described in words', () => {
  it('counts what is on it by type, and names the selection', () => {
    expect(canvasSummaryText(['Person', 'Meeting', 'Meeting', 'Organization', 'Organization', 'Country'], 7, 'Abdellatif Hammouchi')).toBe(
      '6 nodes and 7 links on the canvas: 1 person, 2 agencies, 1 country, 2 meetings. Selected: Abdellatif Hammouchi.',
    );
  });

  it('says when it is empty', () => {
    expect(canvasSummaryText([], 0, undefined)).toMatch(/empty/);
  });
});
