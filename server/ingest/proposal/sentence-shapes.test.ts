/**
 * Sentence shapes of the genre that the dev articles did not show, found by
 * reading the pipeline's proposals for articles outside the corpus's years.
 * Each on a short text written for the test (never a test-split article).
 */
import { describe, expect, it } from 'vitest';
import { propose, withAll } from '../testing/propose-text';

describe('two people joined by "et" as the subject of talks', () => {
  it("reads 'A et Mme B, ministre … et des Collectivités territoriales, se sont entretenus' when a long title sits between them and the verb", async () => {
    const p = await propose(
      " date 2018-03-02 Le ministre de l'Intérieur, Jean Dupont et Mme Claire Martin, ministre française de l'Intérieur, de l'outre-mer et des Collectivités territoriales, se sont entretenus vendredi à Paris de la menace terroriste.",
    );
    expect(p.meetings.find(withAll(['Jean Dupont', 'Claire Martin']))).toBeDefined();
  });
});
