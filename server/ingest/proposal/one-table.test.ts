/**
 * When talks with several people are one meeting and when they are one each,
 * as the genre writes them. Short texts written for the test (never a test-split article).
 */
import { describe, expect, it } from 'vitest';
import { createMemoryStore } from '../../store/memory/memory-store';
import { proposeFacts } from './propose';

const meetings = async (text: string) => (await proposeFacts(text, createMemoryStore())).meetings.map((m) => [...m.participants].sort());

describe('one meeting or several', () => {
  it('reads "s’est entretenu avec A et B" and "une réunion avec A et B" as one meeting of all three', async () => {
    expect(await meetings(' date 2024-03-05 M. Jean Dupont s’est entretenu mardi à Londres avec M. Paul Martin et M. Marc Durand.')).toEqual([['Jean Dupont', 'Marc Durand', 'Paul Martin']]);
    expect(await meetings(' date 2024-03-05 M. Jean Dupont a tenu une réunion mardi à Londres avec M. Paul Martin et M. Marc Durand.')).toEqual([['Jean Dupont', 'Marc Durand', 'Paul Martin']]);
  });

  it('reads a visit to a headquarters and its talks with several hosts as one meeting', async () => {
    expect(
      await meetings(' date 2024-03-05 M. Jean Dupont a effectué une visite au siège de la police londonienne et eu des rencontres avec M. Paul Martin et M. Marc Durand.'),
    ).toEqual([['Jean Dupont', 'Marc Durand', 'Paul Martin']]);
  });

  it('reads "des entretiens avec, respectivement, A et B" as one meeting each', async () => {
    expect(await meetings(' date 2024-03-05 À Paris, M. Jean Dupont a eu des entretiens avec, respectivement, M. Paul Martin et M. Marc Durand.')).toEqual([
      ['Jean Dupont', 'Paul Martin'],
      ['Jean Dupont', 'Marc Durand'],
    ]);
  });
});

describe('people named without a title', () => {
  it('reads full names beside a meeting verb as people, and "A et B se sont entretenus" as their meeting', async () => {
    const p = await proposeFacts(' date 2024-03 Le 5 mars 2024, Bruno Retailleau s’est rendu à Rabat, où il a été reçu par Abdelouafi Laftit.', createMemoryStore());
    expect(p.persons.map((x) => x.name)).toEqual(['Bruno Retailleau', 'Abdelouafi Laftit']);
    expect(await meetings(' date 2024-03 Hichem Mechichi et Donald Blome se sont entretenus mardi 5 mars 2024 à Tunis.')).toEqual([['Donald Blome', 'Hichem Mechichi']]);
  });

  it('does not read an agency beside a meeting verb as a person', async () => {
    const p = await proposeFacts(' date 2024-03 Le 5 mars 2024, Scotland Yard a reçu à Londres M. Jean Dupont.', createMemoryStore());
    expect(p.persons.map((x) => x.name)).toEqual(['Jean Dupont']);
  });
});

describe('who else attends', () => {
  it('reads "co-présidé avec" and "en présence de" as attending the meeting told, not one of their own', async () => {
    expect(await meetings(' date 2024-03 Le 5 mars 2024 à Tanger, M. Jean Dupont a coprésidé avec M. Paul Martin la réunion du groupe.')).toEqual([['Jean Dupont', 'Paul Martin']]);
    expect(
      await meetings(' date 2024-10 Le groupe a tenu, lundi 21 octobre 2024 à Marrakech, sa réunion co-présidée par M. Jean Dupont et Mme Anne Morel, en présence de M. Paul Martin.'),
    ).toEqual([['Anne Morel', 'Jean Dupont', 'Paul Martin']]);
  });
});

describe('meetings of agencies', () => {
  it('reads "La réunion a rassemblé …" as the meeting of the agency that held it and those it names', async () => {
    const p = await proposeFacts(
      " date 2025-12 Le Mécanisme de coopération policière de l'Union africaine (AFRIPOL) a tenu à Alger, du 2 au 4 décembre 2025, sa réunion annuelle.\n\n" +
        "La réunion a rassemblé les délégations des États membres de l'Union africaine et d'INTERPOL.",
      createMemoryStore(),
    );
    expect(p.meetings.map((m) => [...m.organizations].sort())).toEqual([
      ["Mécanisme de coopération policière de l'Union africaine", 'Organisation internationale de police criminelle', 'Union africaine'],
    ]);
  });
});
