/**
 * Meeting verbs of the genre beyond "a reçu" and "s'est entretenu avec". Each
 * on a short text written for the test (never a test-split article).
 */
import { describe, expect, it } from 'vitest';
import { propose, withAll } from '../testing/propose-text';


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

describe('taking part in a session', () => {
  it("reads 'Prenant la parole devant la troisième Assemblée générale d'AFRIPOL, X …' as X at AFRIPOL's session", async () => {
    const p = await propose(
      " date 2019-10 Jean Dupont, directeur général de la police nationale, a salué la coopération. Prenant la parole devant la troisième Assemblée générale d'AFRIPOL, Jean Dupont a souligné la nécessité de travailler côte à côte.",
    );
    const m = p.meetings.find(withAll(['Jean Dupont']));
    expect(m?.organizations).toContain("Mécanisme de coopération policière de l'Union africaine");
  });

  it("reads 'AFRIPOL coorganise avec la DGSN la 3e Assemblée générale' as a meeting of both agencies, not 'organise' alone", async () => {
    const p = await propose(
      " date 2019-10 AFRIPOL coorganise avec la direction générale de la Sûreté nationale algérienne, à Alger, la 3ème Assemblée générale d'Afripol. La police organise aussi des patrouilles.",
    );
    expect(p.meetings).toHaveLength(1);
    expect(p.meetings[0]!.organizations).toHaveLength(2);
  });
});

describe('an invitation to an occasion', () => {
  it("reads 'X a pris part aux cérémonies …, à l'invitation de Y' as one occasion Y hosts, not two meetings", async () => {
    const p = await propose(
      " date 2024-05-20 Jean Dupont a pris part, ce lundi à Madrid, aux cérémonies du bicentenaire de la Police nationale espagnole, à l'invitation du directeur général de la police espagnole, Pierre Martin.",
    );
    expect(p.meetings).toHaveLength(1);
    expect(p.meetings[0]!.attendees.find((a) => a.name === 'Pierre Martin')?.role).toBe('host');
  });
});

describe('occasions told without a meeting noun', () => {
  it("reads 'A et son homologue B ont signé lundi à Rabat une déclaration' as a meeting of both", async () => {
    const p = await propose(" date 2024-10-28 Le ministre de l'Intérieur, Jean Dupont, et son homologue français, Pierre Martin, ont signé lundi à Rabat une déclaration d'intention.");
    expect(p.meetings.find(withAll(['Jean Dupont', 'Pierre Martin']))).toBeDefined();
  });

  it("reads 'a tenu sa réunion sous la coprésidence de M. A et de M. B' as their meeting", async () => {
    const p = await propose(" date 2024-12-05 Le groupe migratoire mixte a tenu sa première réunion, jeudi à Paris, sous la coprésidence de M. Jean Dupont, wali directeur de la migration, et de M. Pierre Martin, préfet.");
    expect(p.meetings.find(withAll(['Jean Dupont', 'Pierre Martin']))).toBeDefined();
  });

  it("reads 'A et son homologue B se sont rendus vendredi à Calais' as a meeting of both", async () => {
    const p = await propose(" date 2023-03-12 Le ministre de l'Intérieur, Jean Dupont, et son homologue britannique, Pierre Martin, se sont rendus vendredi à Calais.");
    expect(p.meetings.find(withAll(['Jean Dupont', 'Pierre Martin']))).toBeDefined();
  });
});

describe('a meeting referred back to', () => {
  it("reads 'Lors de cette entrevue, Y a exprimé …' as the meeting just told, whose topics it gives, not a new one", async () => {
    const p = await propose(
      ' date 2025-11-25 Le directeur général de la Sûreté nationale, Jean Dupont, a reçu, ce mardi 25 novembre à Marrakech, le chef du service de police des Nations unies, Pierre Martin. ' +
        "Lors de cette entrevue, Pierre Martin a exprimé la volonté du Secrétaire général de renforcer la coopération avec Paul Durand contre le terrorisme. " +
        'Cette rencontre bilatérale s’inscrit dans le cadre des rencontres bilatérales et multilatérales régulières.',
    );
    expect(p.meetings).toHaveLength(1);
    expect(p.meetings[0]!.topics).toContain('terrorism');
  });
});

describe('what follows the people met', () => {
  it("does not count someone named in what the subject said next (', soulignant … que le président, X, …') as met", async () => {
    const p = await propose(
      " date 2020-11 Jean Dupont, ministre de l'Intérieur français, a eu des entretiens avec le ministre de l'Intérieur algérien, Paul Martin, soulignant que le président français, Marc Leroy, restait attaché à la relation.",
    );
    expect(p.meetings.flatMap((m) => m.participants)).not.toContain('Marc Leroy');
    expect(p.meetings.find(withAll(['Jean Dupont', 'Paul Martin']))).toBeDefined();
  });

  it("reads 'Hier, au terme de ses entretiens avec X, il a …' as the followed person's talks with X", async () => {
    const p = await propose(
      " date 2020-11 En visite à Alger, le ministre de l'Intérieur français, Jean Dupont, a salué la coopération. Jean Dupont a rappelé les enjeux. " +
        "Hier, au terme de ses entretiens avec le ministre de l'Intérieur algérien, Paul Martin, il a affiché sa satisfaction.",
    );
    expect(p.meetings.find(withAll(['Jean Dupont', 'Paul Martin']))).toBeDefined();
  });
});

describe('representing a country at a session', () => {
  it("reads 'X a représenté le Maroc à la 20e conférence …, sous l'égide du Conseil des ministres arabes de l'intérieur' as X at the council's session", async () => {
    const p = await propose(
      " date 2023-09-20 Le directeur général de la Sûreté nationale, Jean Dupont, a représenté le Maroc à la 20e conférence arabe des chefs de police, tenue à Tunis sous l'égide du Conseil des ministres arabes de l'intérieur.",
    );
    const m = p.meetings.find(withAll(['Jean Dupont']));
    expect(m?.organizations).toContain("Conseil des ministres arabes de l'intérieur");
  });
});

describe('talks in the present tense', () => {
  it("reads 'X s'entretient avec Y' and 'X examine avec Y' as meetings", async () => {
    const a = await propose(" date 2024-05-02 Le ministre de l'Intérieur, Jean Dupont, s'entretient à Rabat avec l'ambassadeur d'Espagne au Maroc, Pierre Martin.");
    expect(a.meetings.find(withAll(['Jean Dupont', 'Pierre Martin']))).toBeDefined();
    const b = await propose(" date 2024-05-02 Le ministre de l'Intérieur, Jean Dupont, examine avec l'ambassadeur d'Espagne au Maroc, Pierre Martin, la coopération.");
    expect(b.meetings.find(withAll(['Jean Dupont', 'Pierre Martin']))).toBeDefined();
  });
});

describe('sessions told by who took part', () => {
  it("reads 'La conférence s'est tenue … avec la participation de délégations de A, de B et de C' as a meeting of the agencies", async () => {
    const p = await propose(
      " date 2023-09-13 La 47e conférence arabe des responsables de la lutte antiterroriste s'est tenue mercredi à Tanger, avec la participation de délégations de la Gendarmerie royale et d'Interpol.",
    );
    expect(p.meetings).toHaveLength(1);
    expect(p.meetings[0]!.organizations).toEqual(expect.arrayContaining(['Gendarmerie royale', 'Organisation internationale de police criminelle']));
  });

  it("finds the person who 'a assisté … aux festivités' though no title names him", async () => {
    const p = await propose(' date 2024-05-20 Jean Dupont a assisté lundi à Madrid aux festivités du bicentenaire de la Police nationale espagnole.');
    expect(p.meetings[0]?.participants).toEqual(['Jean Dupont']);
    expect(p.meetings[0]?.organizations).toEqual(['Policía Nacional']);
  });
});

describe('a thing received', () => {
  it("does not read 'X a reçu un message de félicitations de Y' as a meeting, but 'a reçu la visite de Y' is one", async () => {
    const a = await propose(" date 2024-05-02 Le directeur général de la police, Jean Dupont, a reçu un message de félicitations du ministre de l'Intérieur espagnol, Pierre Martin.");
    expect(a.meetings).toEqual([]);
    const b = await propose(" date 2024-05-02 Le directeur général de la police, Jean Dupont, a reçu la visite du ministre de l'Intérieur espagnol, Pierre Martin.");
    expect(b.meetings.find(withAll(['Jean Dupont', 'Pierre Martin']))).toBeDefined();
  });
});

describe('a visit paid', () => {
  it("reads 'Le 5 décembre 2019, X avait lui aussi rendu visite à Y' as their meeting that day", async () => {
    const p = await propose(
      " date 2021-01 Jean Dupont, directeur général de la Sûreté nationale, a reçu des ambassadeurs. Le 5 décembre 2019, le secrétaire d'Etat américain Pierre Martin avait lui aussi rendu visite à Jean Dupont.",
    );
    expect(p.meetings.find(withAll(['Jean Dupont', 'Pierre Martin']))?.date).toBe('2019-12-05');
  });
});

describe('a visit to an agency’s premises', () => {
  it("reads 'Lors de sa visite au siège de New Scotland Yard, X a salué …' as X's meeting with the Metropolitan Police", async () => {
    const p = await propose(' date 2024-03-06 Lors de sa visite au siège de New Scotland Yard, le directeur général de la DGSN, Jean Dupont, a salué la qualité de la coopération.');
    expect(p.meetings.find(withAll(['Jean Dupont']))?.organizations).toContain('Metropolitan Police Service');
  });

  it("adds no meeting of the host's own premises when the sentence tells one ('au siège de la DGSN, X a reçu Y')", async () => {
    const p = await propose(" date 2024-03-06 Au siège de la DGSN à Rabat, Jean Dupont a reçu l'ambassadeur de France, Pierre Martin.");
    expect(p.meetings).toHaveLength(1);
  });
});

describe('where the genre meets beyond capitals', () => {
  it("places 'se sont rendus vendredi à Calais' in France", async () => {
    const p = await propose(" date 2023-03-12 Le ministre de l'Intérieur, Jean Dupont, et son homologue britannique, Pierre Martin, se sont rendus vendredi à Calais.");
    expect(p.meetings[0]).toMatchObject({ city: 'Calais', country: 'FR' });
  });
});
