/**
 * How the genre's pages state their own date, and what relative words in them
 * then mean. Short texts written for the test (never a test-split article).
 */
import { describe, expect, it } from 'vitest';
import { propose } from '../testing/propose-text';

describe("a byline's date", () => {
  it("reads '07.04.2023 à 23 H 57 • Mis à jour le … • Temps de lecture : 1 minutes' as the article's date, and 'vendredi' against it", async () => {
    const p = await propose(
      "S'abonner\nSe connecter\nEn continu\nLes dernières informations en temps réel\nMot de passe oublié ?\nAbonnez-vous !\n07.04.2023 à 23 H 57 • Mis à jour le 07.04.2023 à 23 H 57 • Temps de lecture : 1 minutes\nPar\n\nJean Dupont reçoit le directeur\n\n" +
        "Le directeur général de la Sûreté nationale, Jean Dupont, a reçu, vendredi à Rabat, le directeur de la police fédérale, Pierre Martin.",
    );
    expect(p.article.published).toBe('2023-04-07');
    expect(p.meetings[0]?.date).toBe('2023-04-07');
  });
});

describe('the opening under labels a page left empty', () => {
  it("dates the article by its lede's full date after a repeated title and 'Mise en ligne', 'Publié le', 'à' without their values", async () => {
    const p = await propose(
      "Séance de travail entre le ministre de l'Intérieur et son homologue\n\nSéance de travail entre le ministre de l'Intérieur et son homologue\n\nMise en ligne\n\nPublié le\n\nà\n\n" +
        "Niamey, 12 juin (ANP)- le ministre de l'Intérieur Jean Dupont a présidé ce dimanche 12 juin 2022 une séance de travail avec son homologue Pierre Martin.",
    );
    expect(p.article.published).toBe('2022-06-12');
    expect(p.meetings[0]?.date).toBe('2022-06-12');
  });
});

describe('relative words in the opening', () => {
  it("does not date an article by 'aujourd'hui' or 'hier' in its lede: that is the day it is read, not the day it was written", async () => {
    const p = await propose("Le ministre de l'Intérieur, Jean Dupont, a reçu hier à Rabat son homologue Pierre Martin, et les deux délégations se retrouvent aujourd'hui à Tanger.");
    expect(p.article.published).toBeUndefined();
  });
});

describe('a date the opening recalls', () => {
  it("does not date the article by 'qu'il avait reçu le 27 décembre 2022': the story is later, and says only 'aujourd'hui'", async () => {
    const p = await propose(
      "Le ministre de l'Intérieur, Jean Dupont, s'est envolé pour Tunis afin de prendre part aux travaux de la 40e session du Conseil, qui se sont ouverts aujourd'hui.\n\n" +
        "Jean Dupont prend part à cette session sur invitation officielle du secrétaire général du Conseil, Pierre Martin, qu'il avait reçu le 27 décembre 2022 à Alger.",
    );
    expect(p.article.published).toBeUndefined();
  });
});

describe('relative words in an undated article', () => {
  it("does not date a meeting 'aujourd'hui' when the article gives no date: chrono would give the day of reading", async () => {
    const p = await propose("Le ministre de l'Intérieur, Jean Dupont, a rencontré aujourd'hui à Tunis le secrétaire général du Conseil, Pierre Martin.");
    expect(p.article.published).toBeUndefined();
    expect(p.meetings[0]?.date).toBeUndefined();
  });
});

describe('relative words as the press types them', () => {
  it("reads 'aujourd’hui', with the typographic apostrophe, as the article's day", async () => {
    const p = await propose(
      "Jean Dupont en visite\n\n9 juin 2025\n\nLYON (France) – Lors de la visite qu’il a effectuée aujourd’hui au siège, le ministre Jean Dupont a rencontré le secrétaire général Pierre Martin.",
    );
    expect(p.article.published).toBe('2025-06-09');
    expect(p.meetings[0]?.date).toBe('2025-06-09');
  });
});
