/**
 * Parties the genre does not name where it tells the meeting: "son homologue
 * sénégalais", "le locataire de la place Beauvau", "avant d'être reçu par …".
 * Each on a short text written for the test (never a test-split article).
 */
import { describe, expect, it } from 'vitest';
import { propose, withAll } from '../testing/propose-text';


describe('parties told without their names', () => {
  it("reads 'son homologue sénégalais' as the one Senegalese office holder the article names", async () => {
    const p = await propose(
      " date 2019-05 Jean Dupont, ministre de l'Intérieur sénégalais, et son homologue français, Pierre Martin.\n\n" +
        "En visite à Dakar, le ministre français de l'Intérieur Pierre Martin a rencontré des élus. Pierre Martin a eu une séance de travail avec son homologue sénégalais.",
    );
    expect(p.meetings.find(withAll(['Pierre Martin', 'Jean Dupont']))).toBeDefined();
  });

  it('does not guess a counterpart when two office holders of that country are named', async () => {
    const p = await propose(
      " date 2019-05 Jean Dupont, ministre de l'Intérieur sénégalais, et Paul Durand, ministre de la Justice sénégalais, ont accueilli Pierre Martin, ministre français de l'Intérieur.\n\n" +
        'Pierre Martin a eu une séance de travail avec son homologue sénégalais.',
    );
    expect(p.meetings.filter((m) => m.quote.includes('séance de travail'))).toEqual([]);
  });

  it("reads a periphrasis subject and 'avant d'être reçu en audience par X' as the followed person's meetings", async () => {
    const p = await propose(
      " date 2019-05 En visite à Dakar, le ministre français de l'Intérieur Pierre Martin a salué la coopération. Pierre Martin a rappelé les enjeux.\n\n" +
        "Au cours de ce séjour, le locataire de la place Beauvau, a eu une séance de travail avec le ministre de l'Intérieur sénégalais Jean Dupont, avant d'être reçu en audience par le président sénégalais Paul Diouf.",
    );
    expect(p.meetings.find(withAll(['Pierre Martin', 'Jean Dupont']))).toBeDefined();
    const audience = p.meetings.find(withAll(['Pierre Martin', 'Paul Diouf']));
    expect(audience?.kind).toBe('audience');
    expect(audience?.attendees.find((a) => a.name === 'Paul Diouf')?.role).toBe('host');
  });
});

describe('an office told by another name', () => {
  it("reads 'le chef d'INTERPOL' as the one head the article titled without an agency ('le Secrétaire Général Jean Dupont')", async () => {
    const p = await propose(
      " date 2019-10 Le dénominateur commun entre INTERPOL et AFRIPOL offre l'opportunité d'accroître les échanges, a déclaré le Secrétaire Général Jean Dupont. " +
        "Prenant la parole devant la troisième Assemblée générale d'AFRIPOL, le chef d'INTERPOL a souligné la nécessité de travailler côte à côte.",
    );
    expect(p.meetings.find(withAll(['Jean Dupont']))?.organizations).toContain("Mécanisme de coopération policière de l'Union africaine");
  });

  it('does not take a head of state for an unnamed agency head', async () => {
    const p = await propose(" date 2019-05 Le président sénégalais Macky Diouf a salué la coopération. Le directeur général de la police nationale sénégalaise a reçu Pierre Martin, ministre français de l'Intérieur.");
    expect(p.meetings.flatMap((m) => m.participants)).not.toContain('Macky Diouf');
  });
});
