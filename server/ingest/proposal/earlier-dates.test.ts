/**
 * When a meeting's own sentence gives no date: the genre dates the visit in an
 * earlier sentence. Each on a short text written for the test.
 */
import { describe, expect, it } from 'vitest';
import { propose, withAll } from '../testing/propose-text';


describe('dates told before the meeting', () => {
  it("dates a meeting by an earlier sentence about the visit without its place ('Après une visite de 48 heures, bouclée hier, mardi 21 mai')", async () => {
    const p = await propose(
      " Le 23/05/2019 à 11h18\n\nEn visite à Dakar, le ministre français de l'Intérieur Pierre Martin a salué la coopération.\n\n" +
        "Après une visite de 48 heures, bouclée hier, mardi 21 mai, le ministre a déclaré être satisfait.\n\n" +
        "Pierre Martin a eu une séance de travail avec le ministre de l'Intérieur sénégalais Jean Dupont.",
    );
    expect(p.meetings.find(withAll(['Pierre Martin', 'Jean Dupont']))?.date).toBe('2019-05-21');
  });

  it("reads 'hier, mardi 21 mai' as the day it names, not the day before the article", async () => {
    const p = await propose(" Le 23/05/2019 à 11h18\n\nPierre Martin, ministre français de l'Intérieur, a rencontré hier, mardi 21 mai, Jean Dupont, ministre de l'Intérieur sénégalais.");
    expect(p.meetings[0]?.date).toBe('2019-05-21');
  });
});

describe('what a quotation says', () => {
  it("does not date or place a meeting by a quoted plan ('«Nous signerons un accord dans les prochains mois à Paris», a déclaré le ministre à l'issue de son entretien avec X')", async () => {
    const p = await propose(
      " date 2022-12 Le ministre de l'Intérieur, Pierre Martin a poursuivi mardi 20 décembre, son déplacement par une visite officielle au Sénégal. A Dakar Pierre Martin a été reçu par son homologue sénégalais, Jean Dupont. " +
        "«Nous sommes convenus de renforcer notre coopération. Nous signerons un accord-cadre dans les prochains mois à Paris», a déclaré le ministre français à l'issue de son entretien avec Jean Dupont.",
    );
    expect(p.meetings).toHaveLength(1);
    expect(p.meetings[0]).toMatchObject({ date: '2022-12-20', country: 'SN' });
  });
});

describe('a dateline with its date', () => {
  it("dates a meeting by the day its sentence names, not by the dateline 'Alger, 10 février 2025 -'", async () => {
    const p = await propose('Alger, 10 février 2025 - Le président de la République, Jean Dupont, a reçu dimanche le ministre français de l\'Intérieur, Pierre Martin.');
    expect(p.article.published).toBe('2025-02-10');
    expect(p.meetings[0]?.date).toBe('2025-02-09');
  });

  it('keeps the dateline date when the sentence gives no other', async () => {
    const p = await propose("Rabat, 28 octobre 2024 (MAP) - Le ministre de l'Intérieur, Jean Dupont, a reçu le ministre français de l'Intérieur, Pierre Martin.");
    expect(p.meetings[0]?.date).toBe('2024-10-28');
  });
});

describe('a meeting the text does not date', () => {
  it("is dated by the article's month, at month precision, quoting the article's date", async () => {
    const p = await propose(" Le 17/11/2020 à 10h00\n\nLe directeur général de la sûreté nationale, Jean Dupont, s'est entretenu avec l'ambassadeur du Royaume-Uni en Algérie, Pierre Martin.");
    expect(p.meetings[0]).toMatchObject({ date: '2020-11', precision: 'month' });
  });
});

describe('two meetings in one sentence', () => {
  it("dates each by its own clause ('a reçu lundi 3 juin A, puis s'est entretenu mardi 4 juin avec B')", async () => {
    const p = await propose(
      " date 2024-06-05 Jean Dupont, ministre de l'Intérieur, a reçu lundi 3 juin Pierre Martin, ambassadeur de France, puis s'est entretenu mardi 4 juin avec Paul Durand, ambassadeur d'Espagne.",
    );
    expect(p.meetings.find(withAll(['Jean Dupont', 'Pierre Martin']))?.date).toBe('2024-06-03');
    expect(p.meetings.find(withAll(['Jean Dupont', 'Paul Durand']))?.date).toBe('2024-06-04');
  });
});
