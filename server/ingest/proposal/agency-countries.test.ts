/**
 * Whose an agency is, as the genre leaves it to the context: homonyms and
 * country-less ministries follow what the article is about. Short texts
 * written for the test (never a test-split article).
 */
import { describe, expect, it } from 'vitest';
import { propose } from '../testing/propose-text';

// Names are quoted as the text spells them: "l’Intérieur" and "l'Intérieur" are one name.
const names = async (text: string) => (await propose(text)).organizations.map((o) => o.name.replace(/’/g, "'"));

describe('agencies and their countries', () => {
  it('reads the Sûreté nationale of an article about Algeria as Algeria’s, and Morocco’s otherwise', async () => {
    expect(await names(' date 2024-03 La DGSN a reçu à Alger une délégation. La police algérienne coopère avec l’Algérie voisine.')).toContain(
      'Direction générale de la Sûreté nationale (Algérie)',
    );
    expect(await names(' date 2024-03 La DGSN a reçu à Rabat une délégation du Maroc.')).toContain('Direction générale de la Sûreté nationale');
  });

  it('gives a ministry its country from the article, not from the ambassador who visits', async () => {
    const p = await propose(
      " date 2020-04 Le ministre de l'Intérieur, Hichem Mechichi, a reçu l'ambassadeur des Etats-Unis à Tunis, Donald Blome. La coopération tuniso-américaine a été abordée, dans l'intérêt de la Tunisie.",
    );
    expect(p.organizations.map((o) => o.name)).toContain("Ministère de l'Intérieur (Tunisie)");
  });

  it('reads the office after "son homologue" as the homologue’s', async () => {
    const p = await propose(" date 2025-02 Merad a rencontré son homologue le ministre espagnol de l'Intérieur, M. Fernando Grande-Marlaska Gomez, à Madrid.");
    expect(p.organizations.map((o) => o.name)).toContain('Ministerio del Interior (Espagne)');
  });

  it('names the agencies of the African Union and Interpol in the forms the genre uses', async () => {
    const found = await names(
      " date 2025-12 Le Mécanisme de coopération policière de l'Union africaine (AFRIPOL) a réuni à Alger l'Organisation internationale de la police criminelle et l'Union africaine.",
    );
    expect(found).toEqual(
      expect.arrayContaining(["Mécanisme de coopération policière de l'Union africaine", 'Organisation internationale de police criminelle', 'Union africaine']),
    );
  });

  it('reads an agency whose title carries its country in the middle or at the end, and an acronym with a digit', async () => {
    const found = await names(
      " date 2024-10 Le secrétaire d'Etat espagnol à la sécurité, Rafael Pérez Ruiz, a reçu la directrice générale de la sécurité intérieure française, Céline Berthon, " +
        'et le directeur général du renseignement intérieur (MI5) Ken McCallum, avec le directeur général de la police nationale espagnole, Francisco Pardo Piqueras.',
    );
    expect(found).toEqual(
      expect.arrayContaining(['Secretaría de Estado de Seguridad', 'Direction générale de la Sécurité intérieure', 'Security Service', 'Policía Nacional']),
    );
    expect(found).not.toContain('Direction générale de la Police nationale');
  });

  it('reads an office\'s homonym agency by the article\'s country, and the state is not an agency', async () => {
    const p = await propose(
      " date 2024-03-07 Le Directeur général de la Sûreté nationale, Farid Bencheikh, a reçu mercredi à Alger une délégation, en visite en Algérie. Le président de la République, M. Abdelmadjid Tebboune, a reçu le ministre de l'Intérieur de la République française, M. Laurent Nuñez.",
    );
    expect(p.organizations.map((o) => o.name).sort()).toEqual(['Direction générale de la Sûreté nationale (Algérie)', "Ministère de l'Intérieur (France)"]);
  });

  it('does not give a visiting minister the ministry of the country visited', async () => {
    const p = await propose(
      " date 2024-03-07 Paris – Le ministre de l'Intérieur, Bruno Retailleau, s'est rendu lundi à Rabat, où il s'est entretenu avec son homologue marocain, Abdelouafi Laftit. La coopération franco-marocaine a été abordée au Maroc.",
    );
    const organizationOf = (name: string) => p.persons.find((x) => x.name === name)?.organization;
    expect(organizationOf('Bruno Retailleau')).toBe("Ministère de l'Intérieur (France)");
    // His counterpart is Morocco's minister of the interior.
    expect(organizationOf('Abdelouafi Laftit')).toBe("Ministère de l'Intérieur (Maroc)");
  });

  it('reads an American secretary "à la Justice" as the Department of Justice, and a portfolio alone as no agency', async () => {
    const p = await propose(
      " date 2023-05 À Washington, M. Gérald Darmanin a rencontré Lisa Monaco, secrétaire adjointe à la Justice des États-Unis, et l'attaché de l'Intérieur, M. Paul Martin.",
    );
    const names = p.organizations.map((o) => o.name);
    expect(names).toContain('Département de la Justice des États-Unis');
    expect(names).not.toContain('Intérieur');
  });

  it("reads 'la DGSN' as the Algerian police it is in an article about Algeria that also says 'la police algérienne'", async () => {
    const found = await names(
      " date 2020-11 Le directeur général de la sûreté nationale (DGSN), Jean Dupont, a examiné mardi avec l'ambassadeur du Royaume-Uni en Algérie, Paul Martin, la coopération. " +
        "Le diplomate a salué le professionnalisme de la police algérienne. En Algérie, la DGSN forme ses cadres.",
    );
    expect(found).toContain('Direction générale de la Sûreté nationale (Algérie)');
    expect(found).not.toContain('Direction générale de la Sûreté nationale');
  });
});

describe('a ministry named with its country after it', () => {
  it("reads 'ministre de la Sécurité et de la Protection civile de la Guinée' as that Guinean ministry", async () => {
    const found = await names(" date 2022-10 Le ministre Jean Dupont, ministre de la Sécurité et de la Protection civile de la Guinée, a été reçu en audience à Abidjan.");
    expect(found).toContain('Ministère de la Sécurité et de la Protection civile (Guinée)');
  });
});

describe('the dateline as context', () => {
  it("reads 'la Sûreté nationale' under the dateline 'ALGER (Algérie) –' as Algeria's, though Morocco is named more often", async () => {
    const found = await names(
      ' date 2024-03 ALGER (Algérie) – Le directeur général de la Sûreté nationale, Jean Dupont, a reçu une délégation marocaine venue de Rabat, la capitale du Maroc, pour évoquer la coopération.',
    );
    expect(found).toContain('Direction générale de la Sûreté nationale (Algérie)');
  });
});

describe('an acronym printed as a word', () => {
  it("reads '(Dgsn)' as the DGSN and 'Afripol' as AFRIPOL", async () => {
    const found = await names(" date 2019-10 Le mécanisme Afripol coorganise avec la Dgsn, à Rabat, la 3ème Assemblée générale d'Afripol.");
    expect(found).toContain('Direction générale de la Sûreté nationale');
  });
});

describe('a minister of the interior whose title does not say whose', () => {
  it("gives 'son homologue français' France's ministry of the interior, in the same sentence or a later one", async () => {
    expect(await names(" date 2025-07 Le ministre de l’Intérieur, Jean Dupont, a rencontré à Paris son homologue français, Paul Martin.")).toContain(
      "Ministère de l'Intérieur (France)",
    );
    const later = await names(" date 2022-12 Le ministre français de l’Intérieur, Paul Martin, a poursuivi sa tournée. A Dakar, Martin a été reçu par son homologue sénégalais, Jean Dupont.");
    expect(later).toContain("Ministère de l'Intérieur (Sénégal)");
  });

  it('does not give him the country his official visit is to', async () => {
    const found = await names(
      " date 2022-12 Le ministre de l’Intérieur, Paul Martin a poursuivi mardi son déplacement africain par une visite officielle au Sénégal. Le Sénégal et la France coopèrent, a dit le Sénégal.",
    );
    expect(found).toContain("Ministère de l'Intérieur (France)");
    expect(found).not.toContain("Ministère de l'Intérieur (Sénégal)");
  });

  it("does not give him the country of the other minister the sentence qualifies ('la ministre fédérale belge', 'le ministre français a rappelé')", async () => {
    const belgian = await names(
      " date 2024-04 Le ministre de l’Intérieur, Jean Dupont, a eu lundi des entretiens avec la ministre fédérale belge de l’Intérieur, Anne Martin. Le Maroc et la Belgique coopèrent, selon la Belgique.",
    );
    expect(belgian).toContain("Ministère de l'Intérieur (Maroc)");
    const french = await names(
      " date 2020-10 À l’issue de ses entretiens avec le ministre de l’Intérieur, Jean Dupont, le ministre français a rappelé l’amitié. La France et le Maroc, a dit la France.",
    );
    expect(french).toContain("Ministère de l'Intérieur (Maroc)");
  });

  it("does not give him the country of the minister he receives, qualified after the portfolio ('le ministre de l’Intérieur saoudien')", async () => {
    const p = await propose(
      " date 2023-03 Le ministre de l’Intérieur, Jean Dupont, a reçu le ministre de l’Intérieur saoudien, Paul Martin. L’Arabie saoudite et la Tunisie coopèrent, selon l’Arabie saoudite.",
    );
    expect(p.persons.find((x) => x.name === 'Jean Dupont')?.organization?.replace(/’/g, "'")).toBe("Ministère de l'Intérieur (Tunisie)");
  });

  it("does not give him the country of the ambassador he receives, and a headline's 'reçoit' ends his title", async () => {
    const found = await names(
      " date 2023-03 Le ministre de l'Intérieur reçoit l'ambassadeur des États-Unis\n\nLe ministre de l'Intérieur, Jean Dupont, a reçu mardi l'ambassadeur des USA, Paul Martin. Le partenariat entre la Tunisie et les États-Unis a été souligné.",
    );
    expect(found).toContain("Ministère de l'Intérieur (Tunisie)");
    expect(found).not.toContain("Ministère de l'Intérieur (États-Unis d'Amérique)");
  });
});

describe('the head of state and his palace', () => {
  it("reads 'le chef de l'État' as no agency, and Carthage as in Tunisia", async () => {
    const found = await names(
      " date 2023-03 Le chef de l’Etat a reçu, à Carthage, les ministres arabes. Le ministre de l’Intérieur, Jean Dupont, a ouvert les travaux du conseil.",
    );
    expect(found).not.toContain('Etat');
    expect(found).toContain("Ministère de l'Intérieur (Tunisie)");
  });
});

describe('a counterpart after a minister named without his portfolio', () => {
  it("gives 'son homologue français' the ministry of the interior when 'le ministre X' refers back to the minister of the interior", async () => {
    const found = await names(
      " date 2023-11 La Côte d’Ivoire était représentée par le ministre de l’Intérieur et de la Sécurité, Jean Dupont. En marge du salon, le ministre Jean Dupont et son homologue français, Paul Martin, ont passé en revue la coopération.",
    );
    expect(found).toContain("Ministère de l'Intérieur (France)");
  });
});

describe('countries as the genre writes them', () => {
  it("reads 'la police suisse', 'qatari' and a Cotonou dateline as Switzerland, Qatar and Benin", async () => {
    expect(await names(' date 2024-05 La police fédérale suisse a reçu Jean Dupont.')).toContain('Office fédéral de la police');
    const qatari = await propose(' date 2024-05 Jean Dupont a reçu le ministre qatari de l’Intérieur, Paul Martin.');
    expect(qatari.organizations.map((o) => o.country)).toContain('QA');
    expect(await names(' date 2022-06 Cotonou – Le ministre de l’Intérieur, Jean Dupont, a reçu Paul Martin.')).toContain("Ministère de l'Intérieur (Bénin)");
  });
});
