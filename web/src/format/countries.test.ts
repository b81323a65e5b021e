import { describe, expect, it } from 'vitest';
import { countryName } from './countries';

describe('country names', () => {
  it('names a country from its ISO code', () => {
    expect(countryName('US')).toBe('United States');
    expect(countryName('ma')).toBe('Morocco');
  });

  it('shows what is not a code as it is', () => {
    expect(countryName('not a code')).toBe('not a code');
  });
});
