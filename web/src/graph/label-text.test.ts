import { describe, expect, it } from 'vitest';
import { canvasLabel, wrapLabel } from './label-text';

describe('canvas labels', () => {
  it('break at spaces into lines no wider than asked', () => {
    expect(wrapLabel('With Christopher Wray (FBI) · 2022-06-13', 20, 3)).toBe('With Christopher\nWray (FBI) ·\n2022-06-13');
  });

  it('keep a short name on one line', () => {
    expect(canvasLabel('Person', 'Eric Snoek')).toBe('Eric Snoek');
  });

  it('end in an ellipsis when the text needs more lines than allowed', () => {
    const label = wrapLabel("Plan d'action commun Maroc-Belgique 2025-2026 de coopération policière", 26, 2);
    expect(label.split('\n')).toHaveLength(2);
    expect(label.endsWith('…')).toBe(true);
  });
});
