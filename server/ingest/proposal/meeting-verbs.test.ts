/**
 * Meeting verbs of the genre beyond "a reçu" and "s'est entretenu avec". Each
 * on a short text written for the test (never a test-split article).
 */
import { describe, expect, it } from 'vitest';
import { createMemoryStore } from '../../store/memory/memory-store';
import { proposeFacts } from './propose';

const propose = (text: string) => proposeFacts(text, createMemoryStore());
const withAll = (names: string[]) => (m: { participants: string[] }) => names.every((n) => m.participants.includes(n));

describe('meeting verbs', () => {
  it("reads 'X a examiné mardi avec Y les moyens de …' as talks of X and Y", async () => {
    const p = await propose(
      " date 2020-11-17 Le directeur général de la sûreté nationale (DGSN), Jean Dupont, a examiné mardi avec l'ambassadeur du Royaume-Uni en Algérie, Pierre Martin, les moyens de renforcer la coopération.",
    );
    expect(p.meetings.find(withAll(['Jean Dupont', 'Pierre Martin']))).toBeDefined();
  });

  it("does not read 'X a abordé la question …' with no one else as a meeting", async () => {
    const p = await propose(" date 2020-11-17 Le directeur général de la sûreté nationale, Jean Dupont, a abordé mardi la question du terrorisme devant la presse.");
    expect(p.meetings).toEqual([]);
  });
});
