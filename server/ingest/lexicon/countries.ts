/**
 * Countries as French articles name them: names ("Belgique", "États-Unis"),
 * official names ("Royaume du Maroc"), adjectives ("belge", "espagnole",
 * "américains") and cities. Names and demonyms come from world-countries
 * (maintained mledoze/countries data); only usage it lacks is listed here.
 */
import { createRequire } from 'node:module';
import type { Country } from 'world-countries';
import { foldKeepingOffsets } from '../../text/normalise';

// The package's ESM entry imports JSON without an import attribute, which plain Node refuses: require the data.
const countries = createRequire(import.meta.url)('world-countries/countries.json') as Country[];

export interface CountryMention {
  code: string;
  start: number;
  end: number;
  /** How the article names it: a country name, an adjective or a city. */
  via: 'name' | 'adjective' | 'city';
  city?: string;
}

/** Demonyms and names the data set spells otherwise than French news does. */
const EXTRA_ADJECTIVES: Record<string, string> = {
  emirati: 'AE', emiratie: 'AE', etasunien: 'US', etasunienne: 'US', us: 'US',
  qatari: 'QA', qatarie: 'QA', bahreini: 'BH', bahreinie: 'BH', helvetique: 'CH',
};
const EXTRA_NAMES: Record<string, string> = {
  'etats-unis d\'amerique': 'US',
  'grande-bretagne': 'GB',
  emirats: 'AE',
  'royaume-uni': 'GB',
  usa: 'US',
  rdc: 'CD',
  'republique d\'allemagne': 'DE',
};
/** Country names that are mostly something else in this genre ("Maurice" is a first name). */
const AMBIGUOUS = new Set(['maurice', 'dominique', 'georgie', 'jersey', 'guernesey']);

/** French names of cities this genre reports from, beyond the capitals the data set names in English. */
const CITIES_FR: Record<string, string> = {
  bruxelles: 'BE', anvers: 'BE', londres: 'GB', washington: 'US', 'new york': 'US', lisbonne: 'PT', varsovie: 'PL',
  vienne: 'AT', moscou: 'RU', pekin: 'CN', 'le caire': 'EG', alger: 'DZ', 'abou dhabi': 'AE', 'abu dhabi': 'AE',
  dubai: 'AE', riyad: 'SA', 'la haye': 'NL', geneve: 'CH', berne: 'CH', copenhague: 'DK', athenes: 'GR',
  'addis-abeba': 'ET', bagdad: 'IQ', damas: 'SY', beyrouth: 'LB', teheran: 'IR', kaboul: 'AF', 'new delhi': 'IN',
  seoul: 'KR', munich: 'DE', francfort: 'DE', milan: 'IT', barcelone: 'ES', seville: 'ES', marseille: 'FR',
  lyon: 'FR', strasbourg: 'FR', casablanca: 'MA', tanger: 'MA', marrakech: 'MA', fes: 'MA', agadir: 'MA',
  oujda: 'MA', laayoune: 'MA', dakhla: 'MA', tetouan: 'MA', abidjan: 'CI', lagos: 'NG', 'le cap': 'ZA',
  'kuala lumpur': 'MY', mascate: 'OM', koweit: 'KW', 'mexico': 'MX', 'la valette': 'MT', nicosie: 'CY',
  // Where the genre's meetings are held beyond capitals: police seats, border towns, summit resorts.
  calais: 'FR', dunkerque: 'FR', bordeaux: 'FR', toulouse: 'FR', lille: 'FR',
  glasgow: 'GB', manchester: 'GB', edimbourg: 'GB', quantico: 'US', miami: 'US', 'los angeles': 'US',
  wiesbaden: 'DE', potsdam: 'DE', hambourg: 'DE', cologne: 'DE', malaga: 'ES', algesiras: 'ES',
  melilla: 'ES', bilbao: 'ES', cadix: 'ES', porto: 'PT', naples: 'IT', turin: 'IT', zurich: 'CH',
  kenitra: 'MA', ifrane: 'MA', nador: 'MA', 'el jadida': 'MA', essaouira: 'MA', oran: 'DZ', constantine: 'DZ',
  annaba: 'DZ', tamanrasset: 'DZ', sfax: 'TN', sousse: 'TN', djeddah: 'SA', 'charm el-cheikh': 'EG', alexandrie: 'EG',
  // Where heads of state receive, beyond capitals: Tunisia's presidential palace; Benin's seat of government.
  carthage: 'TN', cotonou: 'BJ',
  // Conference resorts and cities of the genre's meetings.
  skhirat: 'MA', bouznika: 'MA', hammamet: 'TN', gammarth: 'TN', djerba: 'TN', benghazi: 'LY', 'la mecque': 'SA',
  'sharm el-sheikh': 'EG', lusail: 'QA', karachi: 'PK', lahore: 'PK', bakou: 'AZ', agadez: 'NE', tombouctou: 'ML',
  istanbul: 'TR', antalya: 'TR', shanghai: 'CN', douala: 'CM', 'sao paulo': 'BR', 'rio de janeiro': 'BR', montreal: 'CA',
};

interface Entry {
  code: string;
  via: CountryMention['via'];
  city?: string;
  /** A name that is its adjective too, in lower case: "la Suisse", "la police suisse"; "l'Argentine", "la police argentine". */
  alsoAdjective?: true;
}

function buildLexicon(): Map<string, Entry> {
  const lexicon = new Map<string, Entry>();
  const add = (term: string, entry: Entry) => {
    const key = phraseKey(term);
    if (key.length < 3 || AMBIGUOUS.has(key)) return;
    const known = lexicon.get(key);
    if (!known) lexicon.set(key, entry);
    else if (known.via === 'name' && entry.via === 'adjective' && known.code === entry.code) known.alsoAdjective = true;
  };
  // Several territories share a demonym ("Française"): the sovereign state's claim comes first.
  const ordered = [...countries].sort((a, b) => Number(b.independent ?? false) - Number(a.independent ?? false) || Number(b.unMember) - Number(a.unMember));
  for (const c of ordered) {
    const fra = c.translations['fra'];
    if (fra) {
      add(fra.common, { code: c.cca2, via: 'name' });
      add(fra.official, { code: c.cca2, via: 'name' });
    }
    const demonyms = c.demonyms?.['fra'];
    if (demonyms) {
      for (const d of new Set([demonyms.m, demonyms.f])) {
        add(d, { code: c.cca2, via: 'adjective' });
        add(`${d}s`, { code: c.cca2, via: 'adjective' });
      }
    }
    for (const capital of c.capital ?? []) add(capital, { code: c.cca2, via: 'city', city: capital });
  }
  for (const [term, code] of Object.entries(EXTRA_NAMES)) add(term, { code, via: 'name' });
  for (const [term, code] of Object.entries(EXTRA_ADJECTIVES)) {
    add(term, { code, via: 'adjective' });
    add(`${term}s`, { code, via: 'adjective' });
  }
  for (const [city, code] of Object.entries(CITIES_FR)) add(city, { code, via: 'city', city: titleCase(city) });
  return lexicon;
}

function titleCase(city: string): string {
  return city.replace(/(^|[\s-])(\p{L})/gu, (_m, sep: string, ch: string) => sep + ch.toUpperCase());
}

/** Folded words of a text with their offsets: the unit country names are matched on. */
function words(text: string): { word: string; start: number; end: number }[] {
  const out: { word: string; start: number; end: number }[] = [];
  // Folding keeps offsets: fold the text once rather than word by word.
  for (const m of foldKeepingOffsets(text).matchAll(/[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu)) {
    out.push({ word: m[0], start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/** "Royaume-Uni", "royaume uni" and "Royaume Uni" are one key: folded words joined by spaces. */
function phraseKey(term: string): string {
  return words(term)
    .map((w) => w.word)
    .join(' ');
}

const lexicon = buildLexicon();
const longestTermWords = Math.max(...[...lexicon.keys()].map((k) => k.split(' ').length));
/** Only a word some term starts with can start a match: most words are skipped at once. */
const FIRST_WORDS = new Set([...lexicon.keys()].map((k) => k.split(' ')[0]!));
const bare = (word: string) => word.replace(/^[dl]'/, '');

/** Whether the letter at `at` is a capital; reads one code point, not the rest of the text. */
const startsCapitalised = (text: string, at: number) => /^\p{Lu}/u.test(String.fromCodePoint(text.codePointAt(at) ?? 32));

/** Every country the text names, longest names first ("Royaume-Uni" before "Uni"). */
export function findCountries(text: string): CountryMention[] {
  const ws = words(text);
  const out: CountryMention[] = [];
  for (let i = 0; i < ws.length; ) {
    const first = ws[i]!;
    // "l'Espagne", "d'Allemagne": the elided article is not part of the name.
    const head = FIRST_WORDS.has(first.word) ? first.word : FIRST_WORDS.has(bare(first.word)) ? bare(first.word) : null;
    if (head === null) {
      i += 1;
      continue;
    }
    const skip = first.word.length - head.length;
    let matched = 0;
    for (let n = Math.min(longestTermWords, ws.length - i); n >= 1 && !matched; n--) {
      let phrase = head;
      for (let k = 1; k < n; k++) phrase += ` ${ws[i + k]!.word}`;
      const entry = lexicon.get(phrase);
      if (!entry) continue;
      // Names and cities are capitalised in French, adjectives are not: "Gabon" yes, "gabon" in a URL no.
      const lowered = entry.via !== 'adjective' && !startsCapitalised(text, first.start + skip);
      if (lowered && !entry.alsoAdjective) continue;
      const via = lowered ? 'adjective' : entry.via;
      out.push({ code: entry.code, start: first.start + skip, end: ws[i + n - 1]!.end, via, ...(entry.city ? { city: entry.city } : {}) });
      matched = n;
    }
    i += matched || 1;
  }
  return out;
}

/** The first halves of compound adjectives ("tuniso-américaine", "franco-marocain"): each names a country too. */
const COMPOUND_PREFIXES: Record<string, string> = {
  tuniso: 'TN', franco: 'FR', maroco: 'MA', algero: 'DZ', hispano: 'ES', germano: 'DE', belgo: 'BE', italo: 'IT', luso: 'PT',
  anglo: 'GB', britannico: 'GB', americano: 'US', sino: 'CN', russo: 'RU', ivoiro: 'CI', senegalo: 'SN', nippo: 'JP', turco: 'TR',
  helveto: 'CH', greco: 'GR', austro: 'AT', polono: 'PL', egypto: 'EG', irano: 'IR', israelo: 'IL', saoudo: 'SA', qataro: 'QA',
  emirato: 'AE', mauritano: 'MR', libano: 'LB', syro: 'SY', indo: 'IN', nigero: 'NE', maliano: 'ML', guineo: 'GN',
};
const COMPOUND = new RegExp(`(?<![\\p{L}])(${Object.keys(COMPOUND_PREFIXES).join('|')})-(?=\\p{L})`, 'gu');

/** Countries named as the first half of a compound adjective, in text order. */
export function compoundAdjectiveCountries(text: string): string[] {
  return [...foldKeepingOffsets(text).matchAll(COMPOUND)].map((m) => COMPOUND_PREFIXES[m[1]!]!);
}
