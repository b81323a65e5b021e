import { describe, expect, it } from 'vitest';
import { nameSimilarity } from './name-similarity';

describe('how alike two names are', () => {
  it('takes transliteration variants of one name as the same name', () => {
    expect(nameSimilarity('Holger Münch', 'Holger Munch')).toBe(1);
    expect(nameSimilarity('Holger Muench', 'Holger Münch')).toBeGreaterThanOrEqual(0.9);
    expect(nameSimilarity('Abdullah El-Khulaifi', 'Abdullah Al Khulaifi')).toBe(1);
    expect(nameSimilarity('Shahabudeen Bin Adam', 'Shahabudeen Ben Adam')).toBe(1);
    expect(nameSimilarity('Abdel Latif Hammouchi', 'Abdellatif HAMMOUCHI')).toBe(1);
  });

  it('forgives a letter, an initial and a surname alone, each less than the full name', () => {
    expect(nameSimilarity('Avril Hainse', 'Avril Haines')).toBeGreaterThanOrEqual(0.9);
    expect(nameSimilarity('A. Hammouchi', 'Abdellatif Hammouchi')).toBeGreaterThanOrEqual(0.9);
    expect(nameSimilarity('Hammouchi', 'Abdellatif Hammouchi')).toBeLessThan(1);
  });

  it('keeps different people apart', () => {
    expect(nameSimilarity('Eric Snoek', 'Jürgen Stock')).toBeLessThan(0.75);
    expect(nameSimilarity('Christopher Wray', 'William Burns')).toBeLessThan(0.75);
  });

  it('keeps apart two people who share a first name but not a surname', () => {
    expect(nameSimilarity('Frédéric Péchenard', 'Frédéric Veaux')).toBeLessThan(0.75);
    expect(nameSimilarity('Francesca Posten', 'Francisca Bostyn')).toBeGreaterThanOrEqual(0.75);
  });
});
