/**
 * Offices as this genre writes them: "le Commissaire général de la Police
 * Fédérale belge", "l'ambassadeur du Royaume-Uni à Rabat", "le directeur
 * général de la police nationale espagnole". A role phrase names a title, the
 * organization it is in (from the gazetteer, or derived from the words), and
 * for an ambassador the country represented.
 */
import { foldKeepingOffsets } from '../../text/normalise';
import { findCountries } from '../lexicon/countries';
import { nameRunStart } from './name-words';
import type { OrganizationKind } from '../../contract/model';
import { gazetteerByName, hitsWithin, overlapsHit, type OrganizationHit } from '../lexicon/organizations';
import { counterpartCountry, interiorMinistry, isInteriorMinister, ministryRef, visitedBy } from './minister-country';
import { orgRef, type OrgRef } from './org-ref';

export { orgRef, type OrgRef };

export interface RoleMention {
  start: number;
  end: number;
  /** The title as written, without bracketed acronyms: "Commissaire général de la Police Fédérale belge". */
  title: string;
  plural: boolean;
  ambassador: boolean;
  orgs: OrgRef[];
  /** The country the phrase names: represented (ambassadors) or qualifying the office. */
  country?: { code: string; start: number; end: number };
}

const ROLE_NOUN =
  /(?<![\p{L}-])(?:(?:vice|sous)-)?(directeur|directrice|directeurs|ambassadeur|ambassadrice|ambassadeurs|commissaire|commissaires|administrateur|administratrice|president|presidente|ministre|chef|secretaire|procureur|procureure|prefet|gouverneur|consul|attache|conseiller|conseillere|coordinateur|coordinatrice|inspecteur|inspectrice|commandant|responsable|porte-parole|homologue|homologues|patron|patronne|representant|representante|representants|envoye|envoyee)(?![\p{L}])/gu;
/** "…, du Commissaire général de …": a comma before another office ends the first. */
const OFFICE_START = '(?:vice-|sous-)?(?:directeur|directrice|commissaire|ministre|chef|pr[eé]sident|secr[eé]taire|ambassad|responsable|procureur|gouverneur|conseill|patron|coordinat|inspect|command|administrat)';
/** What ends a role phrase (at bracket depth 0): a clause boundary or the next participant. */
const PHRASE_END = new RegExp(
  // "ministre de l'Intérieur, des Collectivités locales et de l'Aménagement du territoire, Brahim Merad": a comma before more of the office does not end it.
  String.raw`(?:,(?!\s(?:des |du |de la |de l')(?!${OFFICE_START})[^,;.()]{1,80},)|[;:.!?]|\s[–—-]\s|\s(?:qui|a|ont|avait|était|est|sera|s'est|se|s'|accompagné|accompagnée|en visite|reçu|reçue|reçus|reçues|invité|invitée|accrédités?|avec|lors|pour|sur|dans|afin|portant|reçoit|reçoivent|accueille|rencontre|s'entretient|s'entretiennent)\s|\set\s+(?:le|la|les|l'|m\.|mme|ses|son|sa|leurs?)\s|\set\s+(?:de\s+la|du|des|de\s+l')\s+${ROLE_NOUN.source.slice(ROLE_NOUN.source.indexOf('(directeur'))})`,
  // Sticky: tested at each position without slicing the sentence.
  'uy',
);
const MAX_PHRASE = 180;
const COMPLEMENT = /^(?:\s+(?:general|generale|generaux|adjoint|adjointe|en chef|delegue|deleguee))?\s+(?:de la|de l'|du|des|de|d'|a la|a l'|au|aux)\s*/;

/** Where the phrase from `from` ends, on lower-cased text: "à" (a place) must not read as "a" (a verb). */
function phraseEnd(lower: string, from: number, limit: number, text: string): number {
  let depth = 0;
  for (let i = from; i < Math.min(limit, from + MAX_PHRASE); i++) {
    const ch = lower[i];
    if (ch === '(') depth += 1;
    else if (ch === ')') depth = Math.max(0, depth - 1);
    else if (depth === 0) {
      PHRASE_END.lastIndex = i;
      if (PHRASE_END.test(lower) && !moreOfTheOffice(lower, text, i, PHRASE_END.lastIndex)) return i;
    }
  }
  return Math.min(limit, from + MAX_PHRASE);
}

/** "Secrétaire d'État à l'Asile et la Migration, Nicole de Moor": "et la" before a capitalised word is more of the portfolio. */
function moreOfTheOffice(lower: string, text: string, at: number, end: number): boolean {
  return /^\set\s+(?:le|la|les|l')\s*$/u.test(lower.slice(at, end)) && /^\p{Lu}/u.test(text.slice(end));
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** "de la Sûreté nationale (DGSN) et de la Surveillance du territoire (DGST)": each agency with its preposition. */
const PART = /(de la |de l'|du |des |de |d'|a la |a l'|au |aux )(.+?)(?=\s+et\s+(?:de la |du |de l'|des )|$)/g;

/** Agencies named as "directeur général de la X": the gazetteer under the derived name. */
function derivedOrgs(text: string, folded: string, noun: string, from: number, end: number, country?: string): OrgRef[] {
  const adjective = /^\s+(general|generale|generaux|adjoint|adjointe|en chef|delegue|deleguee)\b/.exec(folded.slice(from, end));
  const general = !!adjective && adjective[1]!.startsWith('genera');
  const bodyStart = from + (adjective?.[0].length ?? 0);
  const body = folded.slice(bodyStart, end).trimStart();
  const base = end - body.length;
  const refs: OrgRef[] = [];
  // "de l'Immigration et des Frontières" is one agency: try the whole complement before splitting it.
  const whole = /^(de la |de l'|du |des |de |d'|a la |a l'|au |aux )/.exec(body);
  const parts = whole ? [{ index: 0, 0: body, 1: whole[1]! }, ...body.matchAll(PART)] : [...body.matchAll(PART)];
  for (const m of parts) {
    const prep = text.slice(base + m.index, base + m.index + m[1]!.length);
    const nameStart = base + m.index + m[1]!.length;
    const written = text.slice(nameStart, base + m.index + m[0].length).replace(/\s*\([^)]*\)/g, '').trim();
    // "directrice générale de la sécurité intérieure française": the country is whose, not part of the name.
    const name = withoutCountry(written);
    const forms = name === written ? [name] : [name, written];
    if (/^direct/.test(noun)) forms.unshift(`${general ? 'Direction générale' : 'Direction'} ${prep}${name}`);
    if (/^commissaire/.test(noun)) forms.unshift(`${general ? 'Commissariat général' : 'Commissariat'} ${prep}${name}`);
    if (/^ministre/.test(noun)) forms.unshift(`Ministère ${prep}${name}`);
    // "ministre de l'Intérieur, des Réformes institutionnelles et du Renouveau démocratique": unless known whole, the first portfolio's ministry.
    if (/^ministre/.test(noun) && name.includes(',')) forms.push(`Ministère ${prep}${name.slice(0, name.indexOf(',')).trim()}`);
    // "secrétaire d'État espagnol à la sécurité": a secretariat of state, its country out of its name.
    if (/^secretaire/.test(noun)) forms.unshift(`Secrétariat ${prep}${withoutCountryWord(name)}`);
    // "secrétaire adjointe à la Justice": an American secretary heads a department.
    if (/^secretaire/.test(noun) && /^(?:à|au|aux)(?=\s)/u.test(prep)) forms.push(`Département ${prep.replace(/^à la/u, 'de la').replace(/^à l['’]/u, "de l'").replace(/^au\b/u, 'du').replace(/^aux\b/u, 'des')}${name}`);
    // With the country taken out of the name, only that country's agency will do ("de la police nationale espagnole" is not France's).
    const stripped = name === written ? undefined : findCountries(written).at(-1)?.code;
    const entry = forms.map((f) => gazetteerByName(f, stripped ?? country)).find((e) => e !== undefined && (!stripped || e.country === stripped));
    if (entry) refs.push({ ...orgRef(entry, nameStart, nameStart + name.length), fromTitle: true });
    if (entry && m === parts[0] && whole) break;
  }
  return refs;
}

/** "le président de la République", "le chef du Gouvernement", "le chef de l'État": the state, not an agency. */
const STATE_WORDS = /^(?:République|Royaume|Gouvernement|Nation|Conseil|Sénat|Parlement|Assemblée|État|Etat)$/u;
/** "République", "République française", "République du Sénégal": a state word alone or with its country. */
function isState(words: string): boolean {
  const [first, ...rest] = words.split(/\s+/);
  if (!first || !STATE_WORDS.test(first)) return false;
  if (rest.length === 0) return true;
  // Only the country after the word: "Conseil national de sécurité de Côte d'Ivoire" is an agency.
  const country = findCountries(words).at(-1);
  if (!country || country.end !== words.length) return false;
  const before = words.slice(0, country.start).replace(/\s*(?:de la|du|des|de|d['’])?\s*$/u, '').trim();
  return before === '' || before === first;
}

/** "l'attaché de l'Intérieur", "secrétaire adjointe à la Justice": a portfolio names no agency unless a minister holds it. */
const PORTFOLIO = /^(?:Intérieur|Justice|Défense|Sécurité|Affaires étrangères|Migrations?|Immigration)$/u;

function guessKind(name: string): OrganizationKind {
  const f = foldKeepingOffsets(name);
  if (/renseignement|surveillance|intelligence|information/.test(f)) return 'intelligence';
  if (/minist/.test(f)) return 'ministry';
  return 'police';
}

/**
 * Lower-case words that end an agency's name: a verb ("s’entretient", "renforce", "reçoit", "effectue"), a word that opens
 * a clause ("par intérim", "en visite", "qui"), or an article no joint leads to ("… de l'Intérieur la parfaite collaboration").
 * Anything else may be the name's ("Ligue des États arabes", "Affaires étrangères", "Services de renseignements").
 */
const NOT_IN_NAME =
  /^(?:s'\p{L}+|se|n'\p{L}+|ne|a|ont|est|sont|était|sera|qui|que|dont|en|par|pour|avec|sur|dans|lors|afin|après|avant|selon|chez|vers|depuis|pendant|reçoit|accueille|renforce|effectue|rencontre|salue|souligne|signe|participe|préside|entame|annonce|appelle|plaide|conduit|dirige|examine|discute|évoque|aborde|échange|réaffirme|affirme|indique|explique|estime|déclare|visite|invite|félicite|remercie|exprime|insiste|met|fait|prend|tient|note|rappelle|réitère)$/u;
const NAME_JOINT = /^(?:de|du|des|et|à|au|aux|d'|l')$/u;
/** "de la", "à les": an article is a joint only after one. */
const ARTICLE = /^(?:la|le|les)$/u;

/**
 * A lower-case word straight after a capitalised one is the name's only as its adjective ("Affaires étrangères",
 * "Sécurité publique", "Collectivités locales"); a verb ends it ("ministre de l’Intérieur devrait …").
 */
const ADJECTIVE = /(?:é|ée|és|ées|al|ale|ales|aux|ique|iques|ien|ienne|iens|iennes|aire|aires|ère|ères|el|elle|els|elles|if|ive|ifs|ives|ile|iles|eur|eure|eurs|ain|aine|ains|aines|ais|aise|aises|ois|oise|oises)$/u;
/** "ministre de l’Intérieur au Commandant Général …": a title after the joint is someone else's. */
const TITLE_NOUN = /^(?:Commandant|Général|Directeur|Directrice|Président|Présidente|Chef|Secrétaire|Ministre|Ambassadeur|Ambassadrice|Colonel|Inspecteur|Procureur)$/u;

/** "Police française s’entretient avec …": a name written in a headline ends before the first word that cannot be the name's. */
function nameOnly(words: string): string {
  const parts = words.split(/(?<=\s)/u);
  let kept = 0;
  let afterJoint = false;
  for (const part of parts) {
    const bare = part.trim().replace(/’/g, "'").toLowerCase();
    const capitalised = /^\p{Lu}/u.test(part.trim().replace(/^[dl]['’](?=\p{L})/iu, ''));
    if (!capitalised && (NOT_IN_NAME.test(bare) || (ARTICLE.test(bare) && !afterJoint))) break;
    if (!capitalised && kept > 0 && !afterJoint && !NAME_JOINT.test(bare) && !ADJECTIVE.test(bare) && findCountries(part).length === 0) break;
    if (capitalised && afterJoint && TITLE_NOUN.test(part.trim())) break;
    afterJoint = NAME_JOINT.test(bare) || /^[dl]'/.test(bare) || (afterJoint && ARTICLE.test(bare));
    kept += 1;
  }
  return parts.slice(0, kept).join('').trim().replace(/\s+(?:de|la|le|les|du|des|et|à|au|aux|d'|l')$/u, '');
}

/** An agency the role names that no gazetteer knows: "Police nationale du Cameroun". Capitalised words only. */
function newOrg(text: string, folded: string, noun: string, from: number, end: number, country?: string): OrgRef | null {
  // "ministre belge de l'Intérieur": the country adjective may come before the complement.
  const lead = /^\s+\p{L}+(?=\s+(?:de la|de l'|du|des|de|d')\s*)/u.exec(folded.slice(from, end));
  const at = lead && findCountries(text.slice(from, from + lead[0].length)).length > 0 ? from + lead[0].length : from;
  const complement = COMPLEMENT.exec(folded.slice(at, end));
  if (!complement) return null;
  const start = at + complement[0].length;
  const words = nameOnly(text.slice(start, end).replace(/\s*\([^)]*\)/g, '').trim());
  // "de la Sécurité et de la Protection civile de la Guinée": the country is not counted among the name's words.
  // "le président de la République française": the state, whoever's it is.
  if (!/^\p{Lu}/u.test(words) || withoutCountry(words).split(/\s+/).length > 8 || isState(words)) return null;
  // "Secrétaire d'État belge à l'Asile et la Migration": a secretariat of state, its country out of its name.
  if (/^secretaire/.test(noun) && /^État\s/u.test(words)) {
    const whose = findCountries(words).find((c) => c.via === 'adjective')?.code ?? country;
    return ministryRef(`Secrétariat d'${withoutCountryWord(words)}`, whose, start, start + words.length);
  }
  if (/^ministre/.test(noun)) {
    const prep = text.slice(at, start).trim();
    // "Ministre de l'Intérieur par intérim": the words left may be a known ministry's, as the whole title was not.
    return ministryRef(`Ministère ${prep}${prep.endsWith("'") || prep.endsWith('’') ? '' : ' '}${withoutCountry(words)}`, country, start, start + words.length);
  }
  if (PORTFOLIO.test(words)) return null;
  return { name: capitalise(words), ...(country ? { country } : {}), kind: guessKind(words), known: false, fromTitle: true, start, end: start + words.length };
}

/** "État espagnol à la sécurité" → "État à la sécurité": a country adjective inside a name. */
function withoutCountryWord(name: string): string {
  const c = findCountries(name).find((x) => x.via === 'adjective');
  return c ? `${name.slice(0, c.start).trimEnd()} ${name.slice(c.end).trimStart()}`.trim() : name;
}

/** "Intérieur émirati" → "Intérieur", "Intérieur de la République française" → "Intérieur": the country is kept apart, not in the name. */
function withoutCountry(name: string): string {
  const last = findCountries(name).at(-1);
  if (!last || last.end !== name.length) return name;
  return name
    .slice(0, last.start)
    .replace(/\s+(?:(?:de\s+la|de\s+l['’]|du|de|des|d['’]|en|au|aux)\s*)?(?:(?:R|r)épublique|(?:R|r)oyaume|(?:É|E|é|e)tat)?\s*(?:(?:de\s+la|du|de|des|d['’])\s*)?$/u, '')
    .trim();
}

const PORTFOLIO_WORDS = /(?<![\p{L}])(?:de|du|des|d['’]|à|au|aux)(?![\p{L}])/u;

/** What the article's last office was, for a counterpart named after it ("son homologue français"). */
export interface LastOffice {
  interior: boolean;
}

/**
 * The role phrases of one sentence. `orgHits` are the gazetteer hits of the
 * whole text (absolute offsets); `offset` is where the sentence starts.
 */
export function findRoles(
  sentence: string,
  offset: number,
  orgHits: OrganizationHit[],
  articleCountry: (visited?: string) => string | undefined = () => undefined,
  last: LastOffice = { interior: false },
): RoleMention[] {
  const folded = foldKeepingOffsets(sentence);
  const lower = sentence.toLowerCase().replace(/’/g, "'");
  const roles: RoleMention[] = [];
  for (const m of folded.matchAll(ROLE_NOUN)) {
    const noun = m[1]!;
    const start = m.index;
    const before = roles.at(-1);
    // "son homologue le ministre espagnol de l'Intérieur": the office after "homologue" says what it is.
    if (before && start + offset < before.end && /^homologue/.test(foldKeepingOffsets(before.title)) && !before.plural) {
      before.end = start + offset;
      before.orgs = [];
      before.title = capitalise(sentence.slice(before.start - offset, start).replace(/\s*\([^)]*\)/g, '').replace(/\s+/g, ' ').trim());
    } else if (roles.some((r) => start + offset < r.end)) continue; // "commissaire" inside an earlier phrase
    // "le secrétaire d'État américain Mike Pompeo": the title ends where the name begins.
    const phrase = phraseEnd(lower, start + m[0].length, folded.length, sentence);
    const isAgency = (from: number, to: number) => overlapsHit(orgHits, offset + from, offset + to);
    const end = nameRunStart(sentence, start + m[0].length, phrase, isAgency) ?? phrase;
    const words = sentence.slice(start, end);
    const country = findCountries(words).find((c) => c.via !== 'city');
    const ambassador = noun.startsWith('ambassad');
    const absolute = (i: number) => offset + i;
    const plural = /^(directeurs|ambassadeurs|commissaires|homologues|representants)$/.test(noun);
    // "des représentants de la Ligue arabe": a body named in passing is not a party for delegates listed among others.
    const gazetteer = hitsWithin(orgHits, absolute(start), absolute(end)).flatMap((h) => (plural && h.entry.titled ? [] : [orgRef(h.entry, h.start, h.end)]));
    // "Le ministre de l'Intérieur, Hichem Mechichi" in an article about Tunisia: a ministry is the article's country's unless its title says whose.
    const counterpart = country ? undefined : counterpartCountry(sentence, end, lower);
    const whose = country?.code ?? (noun === 'ministre' ? articleCountry(visitedBy(sentence, end) ?? counterpart) : undefined);
    // "le Directeur général de la Sûreté nationale" in an article about Algeria: a homonym is the article's country's.
    // An ambassador, a counterpart, a representative or an envoy holds no office of the agencies their title names.
    const namesNoOffice = ambassador || /^(?:homologue|representant|envoye)/.test(noun);
    const derived = namesNoOffice ? [] : derivedOrgs(sentence, folded, noun, start + m[0].length, end, whose ?? articleCountry(counterpart));
    const orgs = dedupe([...gazetteer, ...derived.map((o) => ({ ...o, start: absolute(o.start), end: absolute(o.end) }))]).sort((a, b) => a.start - b.start);
    // "représentant de l'Asie": a representative names only the bodies the gazetteer knows (above).
    if (!namesNoOffice && orgs.length === 0) {
      const fresh = newOrg(sentence, folded, noun, start + m[0].length, end, whose);
      if (fresh) orgs.push({ ...fresh, start: absolute(fresh.start), end: absolute(fresh.end) });
    }
    // "Le ministre de l'Intérieur, X, … A Dakar, X a été reçu par son homologue sénégalais, Y": Y heads Senegal's ministry of the interior.
    if (noun === 'homologue' && country && last.interior && orgs.length === 0) orgs.push(interiorMinistry(country.code, absolute(start), absolute(end)));
    // "le ministre X" or "le ministre ivoirien" names no portfolio: it refers back to the office named before.
    else if (!ambassador && !noun.startsWith('homologue') && !(noun === 'ministre' && !PORTFOLIO_WORDS.test(words))) last.interior = isInteriorMinister(words);
    roles.push({
      start: absolute(start),
      end: absolute(end),
      title: capitalise(words.replace(/\s*\([^)]*\)/g, '').replace(/\s+/g, ' ').trim()),
      plural,
      ambassador,
      orgs,
      ...(country ? { country: { code: country.code, start: absolute(country.start), end: absolute(country.end) } } : {}),
    });
  }
  return roles;
}

function dedupe(orgs: OrgRef[]): OrgRef[] {
  const seen = new Set<string>();
  return orgs.filter((o) => {
    if (seen.has(o.name)) return false;
    seen.add(o.name);
    return true;
  });
}
