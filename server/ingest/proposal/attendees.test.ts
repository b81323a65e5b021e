/**
 * Who attends, as the genre words it after the meeting: "le Dr. X", "Cette
 * rencontre s'est déroulée en présence de …". Short texts written for the test.
 */
import { describe, expect, it } from 'vitest';
import { propose, withAll } from '../testing/propose-text';


const RECEIVED =
  " date 2024-07-11 Le Ministre de l'Intérieur, M. Jean Dupont, a reçu ce jeudi 11 juillet 2024, au siège du ministère, le Secrétaire général du Conseil des Ministres de l'Intérieur arabes, le Dr. Paul Martin bin Ali.";

describe('attendees told around the meeting', () => {
  it("reads 'le Secrétaire général du Conseil …, le Dr. Paul Martin bin Ali' as that office's holder, and the council by its word order", async () => {
    const p = await propose(RECEIVED);
    expect(p.persons.map((x) => x.name)).toContain('Paul Martin bin Ali');
    expect(p.organizations.map((o) => o.name)).toContain("Conseil des ministres arabes de l'intérieur");
    expect(p.meetings.find(withAll(['Jean Dupont', 'Paul Martin bin Ali']))).toBeDefined();
  });

  it("adds 'Cette rencontre s'est déroulée en présence de M. X' to the meeting just told", async () => {
    const p = await propose(`${RECEIVED} Cette rencontre s'est déroulée en présence de M. Marc Leroy, Secrétaire d'État auprès du Ministre de l'Intérieur.`);
    expect(p.meetings).toHaveLength(1);
    expect(p.meetings[0]!.participants).toEqual(expect.arrayContaining(['Jean Dupont', 'Paul Martin bin Ali', 'Marc Leroy']));
  });
});

describe('an election told at a session', () => {
  it("reads 'l'élection de X, du Brésil, au poste de Secrétaire général' as a person named, not an attendee", async () => {
    const p = await propose(
      " date 2024-11-07 Jean Dupont, directeur général de la police nationale, a pris part aux travaux de la 92e session de l'Assemblée générale d'Interpol, marquée par l'élection de Paul Durand, du Brésil, au poste de Secrétaire général d'Interpol.",
    );
    expect(p.persons.map((x) => x.name)).toContain('Paul Durand');
    expect(p.meetings.flatMap((m) => m.participants)).not.toContain('Paul Durand');
  });
});

describe('words that are no one’s name', () => {
  it("reads 'l'Organisation des Nations Unies' as the UN, and 'la police d'Abou Dhabi, le général de division, X' names no 'Abou Dhabi'", async () => {
    const p = await propose(
      " date 2025-11-25 Jean Dupont, directeur général de la Sûreté nationale, a reçu, ce mardi 25 novembre, le chef du service de police relevant de l'Organisation des Nations Unies et sous-secrétaire général, Pierre Martin. " +
        "A Abou Dhabi, Jean Dupont a eu des entretiens avec le Commandant en chef de la police d'Abou Dhabi, Paul Durand.",
    );
    const persons = p.persons.map((x) => x.name);
    expect(persons).not.toContain('Nations Unies');
    expect(persons).not.toContain('Abou Dhabi');
    expect(p.organizations.map((o) => o.name)).toContain('Organisation des Nations unies');
  });
});

describe('one meeting told twice', () => {
  it("joins 'En marge de …, X s'est entretenu avec Y' to the dated audience of the same two", async () => {
    const p = await propose(
      ' date 2025-11-25 Jean Dupont, directeur général de la Sûreté nationale, a reçu, ce mardi 25 novembre à Marrakech, Pierre Martin, chef de la police des Nations unies. ' +
        "En marge de la 93ème Assemblée générale d'Interpol, qui se tient actuellement à Marrakech, Jean Dupont s'est entretenu avec Pierre Martin.",
    );
    expect(p.meetings).toHaveLength(1);
    expect(p.meetings[0]!.date).toBe('2025-11-25');
  });
});

describe('people the present tense and quotations name', () => {
  it("finds 'Jean Dupont se rend au siège …' and '« … » insiste Paul Martin' as people without a title", async () => {
    const p = await propose(
      " date 2023-05-23 Pour son premier voyage, Jean Dupont se rend au siège de la police new-yorkaise. « Nous avons évoqué les défis migratoires », insiste Paul Martin.",
    );
    expect(p.persons.map((x) => x.name).sort()).toEqual(['Jean Dupont', 'Paul Martin']);
  });
});

describe('a rank between a title and its holder', () => {
  it("reads 'le commandant en chef de la Gendarmerie royale, le général de corps d'armée, X' as the office's holder", async () => {
    const p = await propose(" date 2024-09 Jean Dupont a eu des entretiens avec le commandant en chef de la Gendarmerie royale, le général de corps d'armée, Paul Martin, à Rabat.");
    expect(p.persons.map((x) => x.name)).toContain('Paul Martin');
    expect(p.meetings.find(withAll(['Jean Dupont', 'Paul Martin']))).toBeDefined();
  });
});

describe('a delegation without its head named', () => {
  it("reads 'X a reçu une importante délégation de la Guardia Civil' as X's meeting with the Guardia Civil", async () => {
    const p = await propose(' date 2024-05-02 Le directeur général de la police, Jean Dupont, a reçu ce jeudi à Rabat une importante délégation de la Guardia Civil.');
    expect(p.meetings).toHaveLength(1);
    expect(p.meetings[0]!.organizations).toContain('Guardia Civil');
  });
});

describe('names and honorifics of the region', () => {
  it("reads 'Son Excellence M. …' and a name joined by 'ould' as one person each", async () => {
    const p = await propose(" date 2024-03 Le ministre de l'Intérieur, Jean Dupont, a reçu à Rabat l'ambassadeur de Mauritanie, Son Excellence Mohamed ould Abdel Aziz.");
    expect(p.persons.map((x) => x.name).sort()).toEqual(['Jean Dupont', 'Mohamed ould Abdel Aziz']);
  });
});

describe('a prime minister', () => {
  it("reads 'le Premier ministre sénégalais, Amadou Ba' as the office and its holder", async () => {
    const p = await propose(' date 2022-12 Jean Dupont s’est également entretenu avec le Premier ministre sénégalais, Amadou Ba lors de son séjour à Dakar.');
    expect(p.meetings.find(withAll(['Jean Dupont', 'Amadou Ba']))).toBeDefined();
  });
});

describe('a list of people', () => {
  it("reads 'avec Jean Dupont, commissaire …, Paul Martin et Marc Leroy' as three people met", async () => {
    const p = await propose(' date 2024-03 Pierre Durand a eu des rencontres avec Jean Dupont, commissaire en chef de la police de Londres, Paul Martin et Marc Leroy.');
    expect(p.persons.map((x) => x.name)).toEqual(expect.arrayContaining(['Paul Martin', 'Marc Leroy']));
  });
});

describe('people named beside the party they came with', () => {
  it("finds 'accompagné de Paul Martin', 'en présence de Marc Leroy' and 'entre Jean Dupont et …' as people without titles", async () => {
    const p = await propose(' date 2024-03 Une réunion entre Jean Dupont et Pierre Durand, accompagné de Paul Martin, s’est tenue en présence de Marc Leroy.');
    expect(p.persons.map((x) => x.name).sort()).toEqual(['Jean Dupont', 'Marc Leroy', 'Paul Martin', 'Pierre Durand']);
  });
});
