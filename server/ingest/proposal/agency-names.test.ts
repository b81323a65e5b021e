/**
 * Agencies as the genre names them: the gazetteer's names and aliases, and the
 * words of a title that hold one. Short texts written for the test (never a
 * test-split article).
 */
import { describe, expect, it } from 'vitest';
import { propose } from '../testing/propose-text';

// Names are quoted as the text spells them: "l’Intérieur" and "l'Intérieur" are one name.
const names = async (text: string) => (await propose(text)).organizations.map((o) => o.name.replace(/’/g, "'"));

describe('an agency inside a title', () => {
  it('keeps a known agency whose name ends in a capitalised country as one agency, not a shorter new one', async () => {
    const found = await names(" date 2024-05 A Abou Dhabi, Jean Dupont a rencontré Paul Martin, chef des Services de renseignements des Emirats Arabes Unis, selon la même source.");
    expect(found).toEqual(['Services de renseignement des Émirats arabes unis']);
  });
});
