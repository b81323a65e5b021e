/**
 * Agencies as the genre names them: the gazetteer's names and aliases, and the
 * words of a title that hold one. Short texts written for the test (never a
 * test-split article).
 */
import { describe, expect, it } from 'vitest';
import { propose } from '../testing/propose-text';

// Names are quoted as the text spells them: "l’Intérieur" and "l'Intérieur" are one name.
const names = async (text: string) => (await propose(text)).organizations.map((o) => o.name.replace(/’/g, "'"));

describe('an agency inside a title', () => {
  it('keeps a known agency whose name ends in a capitalised country as one agency, not a shorter new one', async () => {
    const found = await names(" date 2024-05 A Abou Dhabi, Jean Dupont a rencontré Paul Martin, chef des Services de renseignements des Emirats Arabes Unis, selon la même source.");
    expect(found).toEqual(['Services de renseignement des Émirats arabes unis']);
  });
});

describe('a new ministry named from a title', () => {
  it('ends at the verb after its portfolio, not at the next comma', async () => {
    const found = await names(" date 2023-10 Le Chili, à travers son ministre de l’Intérieur devrait forcer le Pérou à signer l'accord.");
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/^Ministère de l'Intérieur \(/);
  });

  it('ends before the title of the person the office is granted to', async () => {
    const found = await names(" date 2025-05 Une audience a été accordée par le ministre chilien de l’Intérieur au Commandant Général des Forces de Sécurité d’Iran, Ali Rezaei.");
    expect(found).toContain("Ministère de l'Intérieur (Chili)");
  });
});

describe('agencies of the genre the gazetteer knows, as the press writes them', () => {
  it('names a ministry of the interior by its full name in its country: Niger, Côte d’Ivoire, Mauritania', async () => {
    expect(await names(' date 2022-06 Niamey – Le ministre de l’Intérieur nigérien, Jean Dupont, a présidé une séance de travail.')).toContain(
      "Ministère de l'Intérieur et de la Décentralisation (Niger)",
    );
    expect(await names(' date 2019-09 Le ministre de l’Intérieur et de la Sécurité, Jean Dupont, a reçu Paul Martin à Abidjan.')).toContain(
      "Ministère de l'Intérieur et de la Sécurité (Côte d'Ivoire)",
    );
    // "par intérim" is no part of the name: the same ministry, not a second one.
    const found = await names(
      ' date 2021-06 Nouakchott – Le ministre de l’Intérieur par intérim, Jean Dupont, a reçu Paul Martin. Le ministre de l’Intérieur, Jean Dupont, a salué la Mauritanie.',
    );
    expect(found).toEqual(["Ministère de l'Intérieur et de la Décentralisation (Mauritanie)"]);
  });

  it('reads the FBI, Saudi and Emirati state security, the Emirati intelligence service and Austria’s DSN in their French forms', async () => {
    const found = await names(
      " date 2025-01 Jean Dupont a reçu le directeur du Bureau d'Investigation Fédéral américain, Paul Martin, le chef de la Sécurité de l’État du Royaume d’Arabie Saoudite, Ali Saad, " +
        'le directeur du Service de Sécurité de l’État émirati, Omar Saif, et Hamad Ali, à la tête du Service national des renseignements émirati. ' +
        'Il a aussi reçu M. Karl Huber, directeur général des services de protection de l’État et du renseignement de la République d’Autriche.',
    );
    expect(found).toEqual(
      expect.arrayContaining([
        'Federal Bureau of Investigation',
        'Presidency of State Security',
        "Service de la sécurité de l'État (Émirats arabes unis)",
        'Services de renseignement des Émirats arabes unis',
        "Direction de la protection de l'État et du renseignement (Autriche)",
      ]),
    );
  });

  it('reads the Coalition for the Sahel, written in lower case', async () => {
    expect(await names(' date 2021-03 Le ministre a reçu Jean Dupont, haut représentant de la coalition pour le Sahel, à Nouakchott.')).toContain('Coalition pour le Sahel');
  });
});

describe('a title that holds two agencies', () => {
  it("reads 'directeur général de la sécurité nationale et de la surveillance territoriale' as the DGSN and the DGST", async () => {
    const found = await names(' date 2023-11 À Vienne, Jean Dupont, directeur général de la sécurité nationale et de la surveillance territoriale, a reçu Paul Martin.');
    expect(found).toEqual(expect.arrayContaining(['Direction générale de la Sûreté nationale', 'Direction générale de la Surveillance du territoire']));
  });
});

describe('a minister of several portfolios', () => {
  it("reads 'la ministre fédérale belge de l’Intérieur, des Réformes institutionnelles et du Renouveau démocratique' as Belgium's ministry of the interior", async () => {
    const found = await names(
      ' date 2024-04 Jean Dupont a reçu lundi la ministre fédérale belge de l’Intérieur, des Réformes institutionnelles et du Renouveau démocratique, Anne Martin.',
    );
    expect(found).toContain("Ministère de l'Intérieur (Belgique)");
  });
});

describe('the state is not an agency', () => {
  it("reads 'le président de la République française' as no agency, and a council of a country as one", async () => {
    const found = await names(
      " date 2020-01 Jean Dupont a été reçu par le président de la République française, Paul Martin, puis par le secrétaire général du Conseil national de sécurité de Côte d'Ivoire, Ali Kone.",
    );
    expect(found).not.toContain('République française');
    expect(found.some((n) => n.startsWith('Conseil national de sécurité'))).toBe(true);
  });
});

describe('bodies the press names in passing', () => {
  it('proposes the European Union or the Arab League where someone holds an office in it, not where it is named in passing', async () => {
    const passing = await names(
      " date 2020-10 Le ministre Jean Dupont a rappelé qu’il s’agit de son premier déplacement en dehors de l’Union européenne. La réunion verra la participation de représentants de la Ligue arabe.",
    );
    expect(passing).not.toContain('Union européenne');
    expect(passing).not.toContain('Ligue des États arabes');
    const p = await propose(
      " date 2021-03 Le ministre a reçu Paul Martin, représentant spécial de l’Union Européenne pour le Sahel, et le Secrétaire général de la Ligue arabe, Ali Saad.",
    );
    expect(p.organizations.map((o) => o.name)).toEqual(expect.arrayContaining(['Union européenne', 'Ligue des États arabes']));
    expect(p.persons.find((x) => x.name === 'Paul Martin')?.organization).toBe('Union européenne');
  });

  it("makes no agency of the region a representative is elected for ('représentant de l'Asie')", async () => {
    expect(await names(" date 2024-12 Le conseil a félicité Jean Dupont pour son élection représentant de l'Asie.")).toEqual([]);
  });
});

describe('more agencies of the genre, African, Gulf and international', () => {
  it('reads ministries and police forces named in running text by their country adjective or full name', async () => {
    const found = await names(
      " date 2024-02 Le ministère égyptien de l’Intérieur et la Délégation générale à la sûreté nationale ont signé avec la Police royale d'Oman et le Comité des services de renseignement et de sécurité de l'Afrique (CISSA) un accord.",
    );
    expect(found).toEqual(
      expect.arrayContaining([
        "Ministère de l'Intérieur (Égypte)",
        'Délégation générale à la Sûreté nationale (Cameroun)',
        "Police royale d'Oman",
        "Comité des services de renseignement et de sécurité de l'Afrique",
      ]),
    );
  });

  it('names the Malian ministry of security by its country, and proposes the Gulf Cooperation Council only through a title', async () => {
    const p = await names(
      " date 2023-03 Jean Dupont, ministre de la Sécurité et de la Protection civile du Mali, a salué la présence du Conseil de coopération du Golfe (CCG) et de l'Union du Maghreb arabe.",
    );
    expect(p).toEqual(["Ministère de la Sécurité et de la Protection civile (Mali)"]);
    expect(await names(' date 2023-03 Le secrétaire général du Conseil de coopération du Golfe, Jean Dupont, a reçu Paul Martin.')).toContain(
      'Conseil de coopération du Golfe',
    );
  });
});
