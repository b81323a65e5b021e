/**
 * Rules of the genre read from the development split, each on a short text
 * written for the test (never a test-split article).
 */
import { describe, expect, it } from 'vitest';
import { propose, withAll } from '../testing/propose-text';


describe('rules of the genre', () => {
  it('reads a surname the article never gives in full when it is the subject of several sentences', async () => {
    const p = await propose(
      ' date 2024-06 Lors de cette visite (26-28 juin), Benkirane a eu des entretiens avec Celine Berthon, directrice générale de la Sécurité intérieure (DGSI).\n\n' +
        'Dans ce cadre, il a eu des entretiens avec le Directeur général de la Police nationale, Frédéric Veaux.\n\nBenkirane était accompagné d’une délégation.',
    );
    expect(p.persons.map((x) => x.name)).toContain('Benkirane');
    expect(p.meetings.find(withAll(['Benkirane', 'Celine Berthon']))).toBeDefined();
    // The later meeting of the visit has the visit's dates, not none.
    expect(p.meetings.find(withAll(['Benkirane', 'Frédéric Veaux']))).toMatchObject({ date: '2024-06-26' });
  });

  it('does not read a city that is the subject once as a person', async () => {
    const p = await propose(' date 2024-06 Tanger a accueilli, ce lundi 10 juin, le directeur général de la police nationale, Jean Dupont.');
    expect(p.persons.map((x) => x.name)).toEqual(['Jean Dupont']);
  });

  it('reads "le patron du FBI, Christopher Wray" as a title and its holder', async () => {
    const p = await propose(' date 2023-02 Ce mardi 21 février, Christopher Wray, patron du FBI, a rencontré Abdellatif Hammouchi, patron du pôle DGSN-DGST.');
    expect(p.persons.map((x) => x.name).sort()).toEqual(['Abdellatif Hammouchi', 'Christopher Wray']);
  });

  it('does not tag "criminalité transnationale" alone as organized crime', async () => {
    const p = await propose(
      ' date 2025-01 Jean Dupont, directeur général de la police nationale, a reçu ce lundi 27 janvier Pierre Martin, ambassadeur de France à Rabat. Ils ont évoqué la criminalité transnationale.',
    );
    expect(p.meetings).toHaveLength(1);
    expect(p.meetings[0]!.topics).not.toContain('organized_crime');
  });

  it('reads "a été reçu … par X" as an audience X gave', async () => {
    const p = await propose(' date 2022-06 Jean Dupont, président de la police fédérale allemande, a été reçu ce vendredi 10 juin au siège de la police par Pierre Martin, directeur général de la police nationale.');
    const m = p.meetings.find(withAll(['Jean Dupont', 'Pierre Martin']))!;
    expect(m.kind).toBe('audience');
    expect(m.attendees.find((a) => a.name === 'Pierre Martin')?.role).toBe('host');
    expect(m.attendees.find((a) => a.name === 'Jean Dupont')?.role).toBe('guest');
  });

  it('finds the holder of an office written with commas, with a rank, or without a comma before the name', async () => {
    const p = await propose(
      " date 2025-02 Le ministre de l'Intérieur, des Collectivités locales et de l'Aménagement du territoire, Brahim Merad, a rencontré lundi le ministre ivoirien de la Sécurité, le Général Vagondo Diomandé. " +
        'Il a eu également des entretiens avec le ministre de la Défense Téné Birahima Ouattara.',
    );
    expect(p.persons.map((x) => x.name).sort()).toEqual(['Brahim Merad', 'Téné Birahima Ouattara', 'Vagondo Diomandé']);
    expect(p.organizations.map((o) => o.name)).not.toContainEqual(expect.stringContaining('Ouattara'));
  });

  it('reads a holder before "le patron du …", an office as the followed person, and one person spelt two ways', async () => {
    const p = await propose(
      ' date 2024-04 Abdellatif Hammouchi, directeur de la DGSN et Abdullah Bin Muhammad El Khelaifi, patron de la Sûreté de l’Etat du Qatar.\n\n' +
        'Le directeur général de la DGSN, Abdellatif Hammouchi, a entamé dimanche 21 avril une visite à Doha au Qatar. ' +
        "Le patron de la sécurité a eu des rencontres avec le directeur de l’appareil de la sécurité de l’Etat qatari, Abdullah Ben Mohammed Al-Khulaifi.\n\n" +
        'Christopher Wray, le patron du FBI américain, se trouve au Maroc.',
    );
    expect(p.persons.map((x) => x.name).sort()).toEqual(['Abdellatif Hammouchi', 'Abdullah Bin Muhammad El Khelaifi', 'Christopher Wray']);
    expect(p.meetings.find(withAll(['Abdellatif Hammouchi', 'Abdullah Bin Muhammad El Khelaifi']))).toBeDefined();
  });
});
