/**
 * Sentence shapes of the genre that the dev articles did not show, found by
 * reading the pipeline's proposals for articles outside the corpus's years.
 * Each on a short text written for the test (never a test-split article).
 */
import { describe, expect, it } from 'vitest';
import { layoutArticle } from '../reading/article-text';
import { propose, withAll } from '../testing/propose-text';

describe('two people joined by "et" as the subject of talks', () => {
  it("reads 'A et Mme B, ministre … et des Collectivités territoriales, se sont entretenus' when a long title sits between them and the verb", async () => {
    const p = await propose(
      " date 2018-03-02 Le ministre de l'Intérieur, Jean Dupont et Mme Claire Martin, ministre française de l'Intérieur, de l'outre-mer et des Collectivités territoriales, se sont entretenus vendredi à Paris de la menace terroriste.",
    );
    expect(p.meetings.find(withAll(['Jean Dupont', 'Claire Martin']))).toBeDefined();
  });
});

describe('an agency named in a title stops where its name does', () => {
  it("does not make 'Police française s’entretient' an agency of 'le chef de la Police française s’entretient avec …'", async () => {
    const p = await propose(" date 2016-04-05 Le chef de la Police française s’entretient avec le chef d’INTERPOL. Jean Dupont, directeur général de la police nationale, a rencontré mardi à Lyon Pierre Martin.");
    expect(p.organizations.map((o) => o.name).filter((n) => /entretient/.test(n))).toEqual([]);
  });

  it("does not make 'Ministère de l’Intérieur français renforce les étroites relations' an agency", async () => {
    const p = await propose(" date 2011-11-28 La visite du Ministre de l’Intérieur français renforce les étroites relations qui unissent les deux pays. M. Jean Dupont a rencontré mardi à Lyon M. Pierre Martin.");
    expect(p.organizations.map((o) => o.name).filter((n) => /renforce/.test(n))).toEqual([]);
  });

  it("keeps the lower-case words of a name no verb follows ('ministre des Affaires étrangères et de la Coopération du Bénin')", async () => {
    const p = await propose(" date 2022-07 Jean Dupont a reçu mardi à Cotonou le ministre des Affaires étrangères et de la Coopération du Bénin, Pierre Martin.");
    expect(p.organizations.map((o) => o.name).some((n) => /Affaires étrangères et de la Coopération/.test(n))).toBe(true);
  });

  it("reads 'Directeur Général de la Sécurité Intérieure en France' as the DGSI", async () => {
    const p = await propose(" date 2016-03-01 M. Jean Dupont a reçu mercredi à Rabat M. Pierre Martin, Directeur Général de la Sécurité Intérieure en France.");
    expect(p.organizations.map((o) => o.acronym)).toContain('DGSI');
  });
});

describe('a rank or a city between a title and its holder', () => {
  it("gives 'le colonel Mustapha Lahbiri' the title before his rank", async () => {
    const p = await propose(" date 2018-09 Le directeur général de la Sûreté nationale (DGSN), le colonel Jean Dupont, a reçu jeudi dernier à Alger, l’ambassadeur de France en Algérie, Pierre Martin.");
    expect(p.persons.find((x) => x.name === 'Jean Dupont')?.title).toBe('Directeur général de la Sûreté nationale');
  });

  it("finds the commander of 'la police d’Abou Dhabi, le général de division, X': a two-word city is not the start of a name", async () => {
    const p = await propose(" date 2024-09 Jean Dupont a eu des entretiens avec le Commandant en chef de la police d’Abou Dhabi, le général de division, Faris Khalaf Al Mazrouei.");
    expect(p.meetings.find(withAll(['Jean Dupont', 'Faris Khalaf Al Mazrouei']))).toBeDefined();
  });
});

describe('a minister of the interior whose title does not say whose', () => {
  it("is not of the country of 'son homologue français' in the same sentence", async () => {
    const p = await propose(
      " date 2016-03-01 Le ministre de l'Intérieur, M. Jean Dupont a tenu, mercredi à Paris, une réunion de travail avec son homologue français, M. Pierre Martin, en présence du directeur général de la Sûreté nationale marocaine. Le Maroc et la France ont salué la coopération.",
    );
    expect(p.persons.find((x) => x.name === 'Jean Dupont')?.country).not.toBe('FR');
  });

  it("is not of the country of the other minister the sentence names with theirs ('… et Mme B, ministre française de l'Intérieur')", async () => {
    const p = await propose(
      " date 2018-03-02 Le ministre de l'Intérieur, Jean Dupont et Mme Claire Martin, ministre française de l'Intérieur, se sont entretenus vendredi à Paris. Le Maroc et la France ont salué la coopération.",
    );
    expect(p.persons.find((x) => x.name === 'Jean Dupont')?.country).toBe('MA');
  });
});

describe('names the genre writes without a title pattern', () => {
  it("finds 'Matthias Fekl, le nouveau locataire du ministère …, a reçu …' as the host", async () => {
    const p = await propose(" date 2017-03-24 Jean Dupont, le nouveau locataire du ministère de l’Intérieur français, a reçu vendredi à Paris le ministre ivoirien de l’Intérieur, Pierre Martin.");
    expect(p.meetings.find(withAll(['Jean Dupont', 'Pierre Martin']))).toBeDefined();
  });

  it("finds the holder of a second office: 'Le vice-président d'INTERPOL pour l'Afrique et président de la conférence, X, a déclaré'", async () => {
    const p = await propose(" date 2022-06-28 Le vice-président d'INTERPOL pour l'Afrique et président de la conférence, Jean Dupont, a déclaré que la réunion offrait l'occasion d'agir.");
    expect(p.persons.map((x) => x.name)).toContain('Jean Dupont');
  });

  it("keeps a middle initial in 'M. Ronald K. Noble'", async () => {
    const p = await propose(" date 2011-11-28 Le Ministre de l’Intérieur français, M. Jean Dupont, a rencontré le Secrétaire Général d’INTERPOL, M. Ronald K. Noble, à Lyon.");
    expect(p.persons.map((x) => x.name)).toContain('Ronald K. Noble');
  });

  it("does not take 'Affaires Etrangères' in a minister's title for a person", async () => {
    const p = await propose(" date 2022-06 Après deux jours de pourparlers à Khartoum entre le ministre soudanais des Affaires Etrangères, M. Jean Dupont et son homologue nigérienne, Mme Claire Martin.");
    expect(p.persons.map((x) => x.name).sort()).toEqual(['Claire Martin', 'Jean Dupont']);
  });

  it("does not take 'la Région Rhône-Alpes' in a prefect's title for a person", async () => {
    const p = await propose(" date 2011-11-28 M. Jean Dupont a rencontré mardi à Lyon le Préfet de la Région Rhône-Alpes, M. Pierre Martin.");
    expect(p.persons.map((x) => x.name).sort()).toEqual(['Jean Dupont', 'Pierre Martin']);
  });
});

describe('names of the Sahel and the Gulf', () => {
  it("finds a name a lower-case rank vouches for: 'le général-major Ahmed Naser Al-Raisi, a félicité …'", async () => {
    const p = await propose(" date 2024-12-04 Intervenant à l'ouverture de la conférence, le général-major Jean Dupont, a félicité les délégués.");
    expect(p.persons.map((x) => x.name)).toContain('Jean Dupont');
  });

  it("drops a hyphenated rank: 'le Colonel-major Jean Dupont' is Jean Dupont", async () => {
    const p = await propose(" date 2021-12 Le ministre malien de la Sécurité et de la Protection civile, le Colonel-major Jean Dupont a reçu en audience le 23 décembre 2021, l'ambassadeur de la Fédération de Russie au Mali, Pierre Martin.");
    expect(p.meetings.find(withAll(['Jean Dupont', 'Pierre Martin']))).toBeDefined();
  });

  it("finds a prince or an emir after his title: 'le ministre de l’Intérieur de l’Arabie Saoudite, l’Emir A Ben B Ben C Ben D Al E'", async () => {
    const p = await propose(
      " date 2024-02 Le président de la République, Jean Dupont, s’est entretenu, ce lundi à Tunis, avec le ministre de l’Intérieur de l’Arabie Saoudite, l’Emir Abdelaziz Ben Saoud Ben Naief Ben Abdelaziz Al Saoud.",
    );
    expect(p.meetings.find(withAll(['Jean Dupont', 'Abdelaziz Ben Saoud Ben Naief Ben Abdelaziz Al Saoud']))).toBeDefined();
  });

  it("drops 'Général de Brigade' and a doctor's 'Dr' without its dot from a name", async () => {
    const p = await propose(" date 2025-05-08 Jean Dupont a reçu jeudi à Niamey le Commandant des forces de l'ordre iraniennes, le Général de Brigade Pierre Martin, et le Dr Paul Durand.");
    expect(p.persons.map((x) => x.name).sort()).toEqual(['Jean Dupont', 'Paul Durand', 'Pierre Martin']);
  });

  it("keeps a particle joined by a hyphen and a long Gulf name whole", async () => {
    const p = await propose(
      " date 2023-03 Le président a reçu l’émir Abdelaziz al-Saoud Ibn Nayef Ibn Abdelaziz al-Saoud, ministre de l’Intérieur saoudien. Le Secrétaire Général de la Ligue arabe, Ahmed Abou el-Gheith, était présent.",
    );
    expect(p.persons.map((x) => x.name)).toEqual(expect.arrayContaining(['Abdelaziz al-Saoud Ibn Nayef Ibn Abdelaziz al-Saoud', 'Ahmed Abou el-Gheith']));
  });
});

describe('several subjects of one meeting verb', () => {
  it("reads 'A, ministre …,et le Vice-Président de la Commission, B, ont rencontré C' as one meeting of the three", async () => {
    const p = await propose(
      " date 2023-10 Jean Dupont, Ministre de l’Intérieur par intérim,et le Vice-Président de la Commission européenne, Paul Durand, ont rencontré ce mercredi à Nouakchott le Président du pays, Pierre Martin.",
    );
    expect(p.meetings.filter(withAll(['Jean Dupont', 'Paul Durand', 'Pierre Martin']))).toHaveLength(1);
    expect(p.meetings).toHaveLength(1);
  });

  it("reads 'Une délégation composée de A, …, et de B, …, ont eu à Rome des entretiens avec des responsables italiens' as a meeting both attended", async () => {
    const p = await propose(
      " date 2019-09 Une délégation marocaine composée du Directeur général des Etudes et de la Documentation, Jean Dupont, et du Directeur général de la Sûreté nationale et Directeur général de la Surveillance du Territoire national, Pierre Martin, ont, eu cette semaine à Rome, des entretiens avec des responsables politiques et sécuritaires italiens.",
    );
    expect(p.meetings.find(withAll(['Jean Dupont', 'Pierre Martin']))?.city).toBe('Rome');
  });
});

describe('one meeting told by two verbs', () => {
  it("joins 'B a rencontré C' and 'A et B ont rencontré ce mercredi à Nouakchott C', keeping the city the fuller mention gives", async () => {
    const p = await propose(
      " date 2023-10 Le vice-président de la Commission européenne, Paul Durand, a rencontré le président mauritanien, Pierre Martin. Jean Dupont, Ministre de l’Intérieur par intérim,et le Vice-Président de la Commission européenne, Paul Durand, ont rencontré ce mercredi à Nouakchott le Président du pays, Pierre Martin.",
    );
    expect(p.meetings).toHaveLength(1);
    expect(p.meetings[0]!.city).toBe('Nouakchott');
  });
});

describe('a visit as the subject', () => {
  it("reads 'Cette visite a été marquée par la tenue d’une rencontre avec X' as a meeting of the visitor the article follows and X", async () => {
    const p = await propose(
      " date 2025-09 M. Jean Dupont effectue une visite de travail aux Émirats. Cette visite a été marquée par la tenue d’une rencontre avec le directeur du Service de Sécurité de l’État émirati, M. Pierre Martin, accompagné de hauts responsables.",
    );
    expect(p.meetings.find(withAll(['Jean Dupont', 'Pierre Martin']))).toBeDefined();
  });
});

describe("a body's session", () => {
  it('reads a numbered session of a body as one meeting of those who speak at it, in sentences that tell no meeting of their own', async () => {
    const p = await propose(
      " date 2019-03-03 Le ministre Jean Dupont a pris part, dimanche à Tunis, aux travaux de la 36ème session du Conseil des ministres arabes de l'Intérieur. Dans son discours, le secrétaire général du Conseil, Pierre Martin, a appelé à unifier les efforts contre le terrorisme. En marge de la session, Paul Durand s'est entretenu avec Jacques Leroy.",
    );
    const session = p.meetings.find(withAll(['Jean Dupont', 'Pierre Martin']));
    expect(session?.city).toBe('Tunis');
    expect(session?.participants).not.toContain('Paul Durand');
    expect(p.meetings.find(withAll(['Paul Durand', 'Jacques Leroy']))).toBeDefined();
  });

  it('counts who speaks at the numbered session before the sentence that names its body', async () => {
    const p = await propose(
      " date 2024-12-04 Intervenant à l'ouverture de la 48ème Conférence des dirigeants arabes de la police, M. Jean Dupont a félicité M. Pierre Martin. M. Martin a représenté la DGSN à la 48ème Conférence des dirigeants arabes de la police et de la sécurité, organisée par le Secrétariat général du Conseil des ministres arabes de l'Intérieur à Tunis.",
    );
    expect(p.meetings.find(withAll(['Jean Dupont', 'Pierre Martin']))).toBeDefined();
  });

  it('does not take a session the article recalls for the one it reports', async () => {
    const p = await propose(
      " date 2024-12-04 Le président d'INTERPOL, Pierre Martin, a salué, mercredi à Tunis, l'élection de la France lors de la 91e Assemblée générale d'INTERPOL tenue dernièrement à Glasgow.",
    );
    expect(p.meetings.filter((m) => m.city === 'Glasgow')).toEqual([]);
  });
});

describe('others the text does not name', () => {
  it("reads 'X a eu des entretiens bilatéraux avec des responsables sécuritaires saoudiens' as X's meeting", async () => {
    const p = await propose(" date 2026-02-08 M. Jean Dupont, directeur général de la police, a eu dimanche à Riyad des entretiens bilatéraux avec des responsables sécuritaires du Royaume d’Arabie Saoudite.");
    expect(p.meetings.find(withAll(['Jean Dupont']))?.city).toBe('Riyad');
  });

  it("adds to 'a rencontré une délégation' the members 'la délégation … est composée de MM. A, B et C' names", async () => {
    const p = await propose(
      " date 2021-04 M. Jean Dupont, ministre de l'Intérieur, a rencontré mardi à Nouakchott une délégation quadripartite. La délégation, actuellement en visite en Mauritanie, est composée de MM. Pierre Martin, haut représentant de la coalition pour le Sahel, Paul Durand, représentant spécial de l’Union Européenne, et de l’ambassadeur de France, SE M. Jacques Leroy.",
    );
    expect(p.meetings.find(withAll(['Jean Dupont', 'Pierre Martin', 'Paul Durand', 'Jacques Leroy']))).toBeDefined();
  });

  it("does not count talks with unnamed officials, after meetings with named ones, as another meeting: what they discussed is those meetings'", async () => {
    const p = await propose(
      " date 2022-06 M. Jean Dupont a rencontré le 13 juin à Washington M. Pierre Martin, directeur du FBI. Le 14 juin, il a rencontré M. Paul Durand, directeur de la CIA. M. Dupont a également discuté avec des responsables américains du renseignement des menaces terroristes.",
    );
    expect(p.meetings).toHaveLength(2);
    expect(p.meetings.map((m) => m.topics)).toEqual([['terrorism'], ['terrorism']]);
  });
});

describe('a visit to an agency', () => {
  it("reads 'Lors de la visite qu’il a effectuée aujourd’hui à INTERPOL, le président X a …' and the visit's delegation as one meeting", async () => {
    const p = await propose(
      " date 2025-06-09 LYON (France) – Lors de la visite qu’il a effectuée aujourd’hui à INTERPOL, le président Jean Dupont a insisté sur la lutte contre la criminalité organisée. Un groupe spécial a été lancé lors de la visite du président et de la délégation, composée de Pierre Martin, ministre de la Justice ; Paul Durand, ministre des Affaires étrangères.",
    );
    const m = p.meetings.find(withAll(['Jean Dupont', 'Pierre Martin', 'Paul Durand']));
    expect(m?.organizations).toContain('Organisation internationale de police criminelle');
  });
});

describe('a secretary of state', () => {
  it("reads 'la Secrétaire d’État belge à l’Asile et la Migration, X' whole, as Belgium's secretariat of state", async () => {
    const p = await propose(" date 2024-04-15 Jean Dupont a reçu lundi à Rabat la Secrétaire d’État belge à l’Asile et la Migration, Claire Martin.");
    expect(p.persons.find((x) => x.name === 'Claire Martin')?.title).toBe('Secrétaire d’État belge à l’Asile et la Migration');
    expect(p.organizations.map((o) => o.name).some((n) => /^Secrétariat d['’]État à l’Asile et la Migration \(Belgique\)$/u.test(n))).toBe(true);
  });

  it("adds 'Ces entretiens, auxquels ont pris part … en présence de X, …' to the talks just told", async () => {
    const p = await propose(
      " date 2024-04-15 Le ministre de l’Intérieur, Jean Dupont, a eu, lundi à Rabat, des entretiens avec la ministre fédérale belge de l’Intérieur, Claire Martin. Ces entretiens, auxquels ont pris part de hauts responsables des deux ministères en présence de la Secrétaire d’État belge à l’Asile, Paule Durand, ont porté sur le terrorisme.",
    );
    expect(p.meetings.find(withAll(['Jean Dupont', 'Claire Martin', 'Paule Durand']))).toBeDefined();
  });
});

describe('a date the next sentence gives', () => {
  it("dates an undated session by 'La réunion … rassemble trois jours durant (23 - 25 novembre)'", async () => {
    const p = await propose(
      " date 2021-11 ISTANBUL (Turquie) – La 89ème Assemblée générale d’INTERPOL s’est ouverte en Turquie, a déclaré M. Jean Dupont. La réunion rassemble trois jours durant (23 - 25 novembre) près de 470 chefs de police.",
    );
    expect(p.meetings.find(withAll(['Jean Dupont']))?.date).toBe('2021-11-23');
  });
});

describe('a sentence a page breaks across paragraphs', () => {
  it("reads a list of a delegation's members on as one sentence when a paragraph ends on a comma, and an envoy's title", async () => {
    const p = await propose(
      " date 2021-04 Le ministre reçoit une délégation\n\nM. Jean Dupont, ministre de l'Intérieur, a rencontré\n\nmardi à Nouakchott, une délégation quadripartite.\n\nLa délégation est composée de MM. Pierre Martin,\n\nhaut représentant de la coalition pour le Sahel, Paul Durand, représentant spécial de l’Union Européenne,\n\nJacques Leroy, envoyé spécial de la France pour le Sahel.",
    );
    expect(p.meetings.find(withAll(['Jean Dupont', 'Pierre Martin', 'Paul Durand', 'Jacques Leroy']))?.city).toBe('Nouakchott');
  });
});

describe('a sentence a page breaks across paragraphs, but not across what lies between', () => {
  it('does not read a date line between two lines into the sentence', () => {
    const layout = layoutArticle('Titre\n\nLa délégation est composée de M. Jean Dupont,\n12 mars 2025\nhaut représentant du Sahel.');
    expect(layout.sentences.map((s) => s.text)).toEqual(['Titre', 'La délégation est composée de M. Jean Dupont,', 'haut représentant du Sahel.']);
  });
});

describe("a page's lists of other articles", () => {
  it("takes no fact from what follows 'Dernier articles' or 'Les articles les plus lu'", async () => {
    const p = await propose(" date 2025-01-20 M. Jean Dupont a reçu lundi à Rabat M. Pierre Martin.\nDernier articles\nL'Union africaine salue le Maroc\nLes articles les plus lu\nM. Paul Durand a rencontré M. Jacques Leroy à Paris.");
    expect(p.organizations).toEqual([]);
    expect(p.meetings).toHaveLength(1);
  });
});

describe('who a later clause is about', () => {
  it("reads 'Il a été accueilli par son homologue algérien, X' as an audience X gave the one just named", async () => {
    const p = await propose(" date 2024-01 Le ministre de l’Intérieur, Jean Dupont, s’est rendu dimanche 28 janvier 2024 à Alger. Il a été accueilli par son homologue algérien, Pierre Martin.");
    expect(p.meetings.find(withAll(['Jean Dupont', 'Pierre Martin']))?.attendees.find((a) => a.name === 'Pierre Martin')?.role).toBe('host');
  });

  it("reads '… par le ministre de l'Intérieur, A, au cours de laquelle ce dernier s'est entretenu avec B' as A's talks with B", async () => {
    const p = await propose(
      " date 2022-06 M. Jean Dupont a effectué, les 16 et 17 juin 2022, une visite de travail en Espagne. La visite de Dupont chez le voisin du Nord intervient au lendemain de celle effectuée mercredi dernier à Madrid par le ministre de l'Intérieur, Pierre Martin, au cours de laquelle ce dernier s'est entretenu avec son homologue espagnol, Paul Durand.",
    );
    expect(p.meetings.find(withAll(['Pierre Martin', 'Paul Durand']))).toBeDefined();
  });
});

describe('a country whose name is its adjective', () => {
  it("reads 'la police argentine' as Argentina's, as 'la police suisse' is Switzerland's", async () => {
    const p = await propose(" date 2024-05 Jean Dupont a reçu mardi à Rabat le chef de la police argentine, Pierre Martin, et le directeur de la police suisse, Paul Durand.");
    expect(['Pierre Martin', 'Paul Durand'].map((n) => p.persons.find((x) => x.name === n)?.country)).toEqual(['AR', 'CH']);
  });
});
