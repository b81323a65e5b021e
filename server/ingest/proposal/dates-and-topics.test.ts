/**
 * Dates and topics as the genre's pages give them: a byline in figures, a lede under a
 * repeated headline and a byline, one meeting told twice on one day. Short
 * texts written for the test (never a test-split article).
 */
import { describe, expect, it } from 'vitest';
import { findDateExpressions } from '../reading/dates';
import { createMemoryStore } from '../../store/memory/memory-store';
import { proposeFacts } from './propose';
import { propose, withAll } from '../testing/propose-text';


describe('dates of the genre', () => {
  it('dates the article by a byline in figures and its meeting by "hier, lundi 10 novembre", told twice as one meeting', async () => {
    const p = await propose(
      'Hammouchi reçoit l’ambassadrice\n\nUn entretien, lundi à Rabat, a réuni le directeur général de la Sûreté nationale, Abdellatif Hammouchi, et l’ambassadrice Yo Jinsong.\n\n' +
        'Par La Rédaction\nLe 11/11/2025 à 09h46\n\nLe directeur général de la Sûreté nationale, Abdellatif Hammouchi, a reçu hier, lundi 10 novembre, à Rabat, l’ambassadrice Yo Jinsong.',
    );
    expect(p.article.published).toBe('2025-11-11');
    const updated = await propose('Castaner à Dakar\n\nLe 23/05/2019 à 11h18, mis à jour le 23/05/2019 à 11h21\n\nEn visite à Dakar, le ministre français de l’Intérieur Christophe Castaner a parlé sécurité.');
    expect(updated.article.published).toBe('2019-05-23');
    expect(p.meetings.map((m) => m.date)).toEqual(['2025-11-10']);
  });

  it('reads the lede under a repeated headline and a byline', async () => {
    const p = await propose(
      'M. HAMMOUCHI reçoit BERTHON à Rabat\n\nM. HAMMOUCHI reçoit BERTHON à Rabat\n\nHicham TOUATI\n\n' +
        'À Rabat, le 11 septembre 2025, la coopération s’est renforcée. Le directeur général de la Sûreté nationale, M. Abdellatif HAMMOUCHI, a reçu Mme Cécile BERTHON, directrice générale de la sécurité intérieure française.',
    );
    expect(p.meetings.map((m) => m.date)).toEqual(['2025-09-11']);
  });

  it('reads "une visite de deux jours" as no date, and a visit\'s span over the day its statement was published', async () => {
    expect(findDateExpressions('Lors de cette visite de travail de deux jours, il a tenu des séances', { value: '2024-03', precision: 'month', from: 'x' })).toEqual([]);
    const p = await propose(
      ' date 2024-06 Le 26 juin 2024, le pôle a publié un communiqué sur la visite de M. Abdellatif Hammouchi en Allemagne du 24 au 26 juin 2024.\n\n' +
        'Il a tenu des réunions de travail avec Dieter Romann, chef de la police fédérale allemande.',
    );
    expect(p.meetings.map((m) => m.date)).toEqual(['2024-06-24']);
  });
});

describe('topics as the genre words them', () => {
  it('tags cross-border crime, exchanges of intelligence with words between, and sports events after the talks', async () => {
    const p = await propose(
      " date 2025-02 M. Brahim Merad a rencontré à Madrid M. Fernando Grande-Marlaska. Les discussions ont mis en exergue la lutte contre le crime transfrontalier, " +
        "un échange régulier et renforcé d'informations et les grands rendez-vous sportifs à venir.",
    );
    expect(p.meetings[0]!.topics).toEqual(expect.arrayContaining(['organized_crime', 'intelligence_sharing', 'sports_event_security']));
  });
});

describe('what the participants did', () => {
  it("tags the topics of 'Les délégués ont relevé des progrès … face à la criminalité transnationale organisée, au terrorisme' for the meeting before", async () => {
    const p = await proposeFacts(
      " date 2025-12-02 AFRIPOL a tenu sa réunion à Alger, en Algérie, du 2 au 4 décembre 2025. La réunion a rassemblé les délégations de la Gendarmerie royale et d'INTERPOL.\n\n" +
        'Les délégués ont relevé des progrès significatifs face à la criminalité transnationale organisée et au terrorisme.',
      createMemoryStore(),
    );
    expect(p.meetings[0]!.topics).toEqual(expect.arrayContaining(['organized_crime', 'terrorism']));
  });
});

describe('what a visit told before its first meeting was about', () => {
  it("gives the first meeting the topics of the visit the article opens on ('En visite à Dakar, … « La lutte contre le terrorisme … » … Au cours de ce séjour, il a eu une séance de travail avec …')", async () => {
    const p = await propose(
      " date 2019-05 En visite à Dakar, le ministre français de l'Intérieur Pierre Martin a insisté sur le renforcement de la coopération sécuritaire.\n\n" +
        '"La lutte contre le terrorisme, si elle n\'est pas menaçante ici, est présente", a-t-il souligné.\n\n' +
        "Au cours de ce séjour, Pierre Martin a eu une séance de travail avec son homologue sénégalais, Jean Dupont.",
    );
    expect(p.meetings[0]?.topics).toContain('terrorism');
  });

  it('leaves to no meeting the topics of an opening that tells no visit', async () => {
    const p = await propose(
      " date 2022-09 Le ministre français a relevé l'excellence des relations entre les deux pays, notamment en ce qui concerne la lutte contre le terrorisme, indique un communiqué de la Présidence.\n\n" +
        "Pierre Martin, ministre français de l'Intérieur, a eu également, mardi, des entretiens avec son homologue ivoirien Jean Dupont.",
    );
    expect(p.meetings[0]?.topics).toEqual([]);
  });
});

describe('topic words in the plural', () => {
  it("tags 'les menaces liées aux crimes transfrontaliers' as organized crime", async () => {
    const p = await propose(
      " date 2024-04 Jean Dupont a eu des rencontres avec le directeur de la sécurité de l'Etat, Pierre Martin. Les deux parties ont passé en revue les menaces, notamment celles liées aux crimes transfrontaliers.",
    );
    expect(p.meetings[0]?.topics).toContain('organized_crime');
  });
});

describe('trafficking as the genre words it', () => {
  it("tags 'les réseaux de migration illégale et de traite humaine' as human trafficking too", async () => {
    const p = await propose(
      " date 2025-01 Jean Dupont a reçu Pierre Martin, inspecteur général de la police. Les discussions ont porté sur la lutte contre les réseaux de migration illégale et de traite humaine.",
    );
    expect(p.meetings[0]?.topics).toEqual(expect.arrayContaining(['illegal_migration', 'human_trafficking']));
  });
});

describe('intelligence told by its verb', () => {
  it("tags 'les parties ont exploré les pistes pour échanger expériences et informations' as intelligence sharing", async () => {
    const p = await propose(
      " date 2025-01 Jean Dupont a reçu Pierre Martin, inspecteur général de la police. Les deux parties ont exploré les pistes pour échanger expériences et informations.",
    );
    expect(p.meetings[0]?.topics).toContain('intelligence_sharing');
  });
});

describe('a meeting recalled in the pluperfect', () => {
  it("leaves the talks told after it ('Lors de cette réunion, …') to the story's meeting, not to the one 'durant laquelle il avait rencontré …'", async () => {
    const p = await propose(
      " date 2023-04-07 Le directeur général de la Surveillance du territoire, Jean Dupont, a reçu vendredi à Rabat le directeur de l'agence américaine, Pierre Martin.\n\n" +
        "Cette rencontre fait suite à la visite de travail effectuée par Jean Dupont aux États-Unis les 13 et 14 juin 2022, durant laquelle il avait rencontré la directrice du renseignement national, Marie Durand.\n\n" +
        "Lors de cette réunion, les entretiens ont porté sur le suivi des menaces émanant des organisations terroristes.",
    );
    expect(p.meetings.find(withAll(['Jean Dupont', 'Pierre Martin']))?.topics).toContain('terrorism');
    expect(p.meetings.find(withAll(['Jean Dupont', 'Marie Durand']))?.topics).toEqual([]);
  });
});

describe('smuggling migrants', () => {
  it("tags 'les réseaux de trafic de migrants' as illegal migration, not human trafficking", async () => {
    const p = await propose(
      " date 2024-10-21 Le groupe mixte a tenu lundi à Marrakech sa réunion co-présidée par Jean Dupont et Pierre Martin. Face à l'action des réseaux de trafic de migrants, les deux parties ont décidé de renforcer leur coordination.",
    );
    expect(p.meetings[0]?.topics).toContain('illegal_migration');
    expect(p.meetings[0]?.topics).not.toContain('human_trafficking');
  });
});

describe('topic words that say who someone is', () => {
  it("tags nothing for 'plusieurs responsables spécialisés dans la lutte contre le terrorisme' or a title's 'Surveillance des Frontières'", async () => {
    const specialists = await propose(
      " date 2024-06-26 Jean Dupont a tenu lundi des réunions de travail avec Pierre Martin, chef de la police fédérale, ainsi qu'avec plusieurs responsables spécialisés dans la lutte contre le terrorisme.",
    );
    expect(specialists.meetings[0]?.topics).not.toContain('terrorism');
    const title = await propose(
      " date 2024-10-21 Le groupe mixte a tenu lundi sa réunion co-présidée par M. Jean Dupont, Wali Directeur de la Migration et de la Surveillance des Frontières, et M. Pierre Martin.",
    );
    expect(title.meetings[0]?.topics).not.toContain('border_security');
  });
});

describe('what the talks bore on', () => {
  it("reads the topics of 'Ces entretiens ont porté également sur … les risques d'extrémisme' for the meeting before", async () => {
    const p = await propose(
      " date 2025-09-25 Jean Dupont a tenu mardi une rencontre avec le directeur du service de sécurité, Pierre Martin.\n\n" +
        "Ces entretiens ont porté également sur les défis sécuritaires du contexte international, notamment les risques d'extrémisme dans les zones de tension.",
    );
    expect(p.meetings[0]?.topics).toContain('violent_extremism');
  });
});

describe('the security of networks', () => {
  it("does not tag 'la sécurité cybernétique' or 'la cybersécurité' as cybercrime, but does 'le crime organisé sous sa forme cybernétique'", async () => {
    const security = await propose(
      " date 2023-03 Jean Dupont a reçu Pierre Martin, inspecteur général de la police. Les deux parties ont discuté de la sécurité cybernétique et de la cybersécurité des administrations.",
    );
    expect(security.meetings[0]?.topics).not.toContain('cybercrime');
    const crime = await propose(" date 2023-03 Jean Dupont a reçu Pierre Martin, inspecteur général de la police. Les deux parties ont discuté du crime organisé, notamment sous sa forme cybernétique.");
    expect(crime.meetings[0]?.topics).toContain('cybercrime');
  });
});

describe("a country's standing in a fight", () => {
  it("tags nothing for 'le rôle du Maroc dans la lutte contre le terrorisme et le crime organisé', but keeps what the talks were 'en matière de lutte contre'", async () => {
    const praise = await propose(
      " date 2021-01 Jean Dupont a reçu lundi Pierre Martin, ambassadeur des Etats-Unis. Pierre Martin n'est pas le seul à montrer son admiration envers le rôle du Maroc dans la lutte contre le terrorisme et le crime organisé.",
    );
    expect(praise.meetings[0]?.topics).toEqual([]);
    const talks = await propose(
      " date 2020-11 Jean Dupont a reçu mardi Pierre Martin, ambassadeur du Royaume-Uni. Les deux parties ont examiné l'échange d'expériences et d'expertise, notamment en matière de lutte contre le crime organisé.",
    );
    expect(talks.meetings[0]?.topics).toContain('organized_crime');
  });
});

describe('sports events by their short names', () => {
  it("tags 'l'organisation de la Can 2023' as sports event security", async () => {
    const p = await propose(
      " date 2023-11 Le ministre Jean Dupont et son homologue français, Pierre Martin, ont passé en revue la coopération en matière de sécurité. Notamment, la lutte contre la fraude documentaire et l'organisation de la Can 2023.",
    );
    expect(p.meetings[0]?.topics).toContain('sports_event_security');
  });
});

describe('what a party praised at the meeting', () => {
  it("tags the topics of 'Le responsable allemand a salué l'échange d'information par les services du Royaume' for the meeting before", async () => {
    const p = await propose(
      " date 2022-06 Jean Dupont, directeur général de la police, a reçu ce vendredi 10 juin Pierre Martin, président de la police fédérale allemande.\n\n" +
        "Le responsable allemand a salué l'échange d'information par les services du Royaume.",
    );
    expect(p.meetings[0]?.topics).toContain('intelligence_sharing');
  });
});
