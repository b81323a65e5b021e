/**
 * People named in a sentence, by the patterns this genre uses: "M. Abdellatif
 * Hammouchi", "le Commissaire général de la Police Fédérale belge, Eric Snoek",
 * "Francesca Posten, directrice générale de …". No list of people: a name is
 * a run of capitalised words next to an honorific or a title.
 */
import { findCountries } from '../lexicon/countries';
import { cleanName, HONORIFIC, isPlace, RUN } from './name-words';
import type { RoleMention } from './roles';

export interface PersonMention {
  start: number;
  end: number;
  /** The name as written: "Abdel Latif Hammouchi". */
  name: string;
  role?: RoleMention;
  /** "l'élection de Valdecy Urquiza au poste de Secrétaire général": named for an office they take, not as someone at the meeting. */
  elected?: boolean;
}

const HONORIFIC_NAME = new RegExp(`(?<![\\p{L}])${HONORIFIC}\\s+(${RUN})`, 'gu');
/** A rank or a prince's title written in lower case vouches for the name after it as an honorific does: "le général-major Ahmed Naser Al-Raisi", "le prince Abdelaziz …". */
const LOWER_RANK = String.raw`(?:émir|emir|prince|princesse|cheikh|sheikh|général de brigade|général de division|général-major|colonel-major|lieutenant-général|général|générale|colonel|lieutenant-colonel|commandant|capitaine|commissaire divisionnaire|commissaire principal|contrôleur général|inspecteur général|préfet de police)`;
const RANKED_NAME = new RegExp(`(?<![\\p{L}])(?:le|la|l['’])\\s*${LOWER_RANK}\\s+(${RUN})`, 'gu');
/** "…, le Général Vagondo Diomandé", "…, le colonel Mustapha Lahbiri": a rank between the title and the name (cleanName drops a capitalised one). */
const RANK = String.raw`(?:(?:le|la)\s+(?:général|générale|colonel|commandant)\s+(?:de\s+(?:division|brigade|corps\s+d['’]armée)|major|d['’]armée)\s*,?\s*|(?:le|la|l['’])\s*${LOWER_RANK}\s+(?=\p{Lu})|(?:le|la|l['’])\s*(?=(?:Général|Générale|Colonel|Commandant|Commissaire|Contrôleur|Lieutenant|Docteur|Professeur|Dr\.?|Émir|Emir|Prince|Princesse|Cheikh|Sheikh)[\s-]))`;
const AFTER_ROLE = new RegExp(`^\\s*(,)?\\s*(?:${RANK})?(?:${HONORIFIC}\\s+)?(${RUN})`, 'u');
/** "Christopher Wray et Abdellatif Hammouchi ont abordé …": two people named in full as the subject of one verb. */
const PAIR_SUBJECT = new RegExp(`(?<![\\p{L}])(${RUN})\\s+et\\s+(?:${HONORIFIC}\\s+)?(${RUN})(?=\\s*,?\\s+(?:ont|se sont|s['’]étaient|avaient|sont)\\s)`, 'gu');
/** A verb of this genre's meetings after its subject: "Bruno Retailleau s'est rendu …", "Laurent Nuñez a été reçu …". */
const MEETING_VERB = String.raw`(?:a|ont|avait|avaient|s['’]est|se sont|s['’]était|est|sont)\s+(?:(?:\p{L}+ment|aussi|en outre|par ailleurs)\s+)?(?:été\s+)?(?:reçue?s?|rencontré|entretenue?s?|eu|tenu|accueillie?s?|effectué|pris part|participé|assisté|représenté|rendue?s?|signé|présidé|coprésidé|conduit|discuté|évoqué|abordé|échangé|réunie?s?)(?![\p{L}])`;
/** The present of reports ("Gérald Darmanin se rend au siège …", "… reçoit", "… s'entretient avec"). */
const PRESENT_VERB = String.raw`(?:se rend|reçoit|rencontre|s['’]entretient|effectue|participe|préside|accueille|signe|fait la tournée)(?![\p{L}])`;
/** "Matthias Fekl, le nouveau locataire du ministère de l'Intérieur, a reçu …": a description between the subject and its verb. */
const DESCRIBED = String.raw`(?:\s*,\s+(?:le|la|l['’])\s*[^,;]{3,80},)?`;
const VERB_SUBJECT = new RegExp(`(?<![\\p{L}])(${RUN})(?=${DESCRIBED}\\s*,?\\s+(?:${MEETING_VERB}|${PRESENT_VERB}))`, 'gu');
/** "« … » insiste Gérald Darmanin", "a déclaré Abdellatif Hammouchi": the speaker after a quotation. */
const SPEAKER = new RegExp(`[»”"],?\\s*(?:a\\s+)?(?:insiste|insisté|souligne|souligné|déclare|déclaré|affirme|affirmé|précise|précisé|ajoute|ajouté|explique|expliqué|estime|estimé|indique|indiqué)\\s+(${RUN})`, 'gu');
/** "avec Christopher Wray", "reçu par Abdelouafi Laftit", "a reçu Holger Münch": whom a meeting verb names. */
const VERB_OBJECT = new RegExp(
  `(?<![\\p{L}])(?:avec|par|a reçu|a rencontré|a accueilli|accompagnée?s? de|en compagnie de|aux côtés de|en présence de|entre)\\s+(?:${HONORIFIC}\\s+)?(${RUN})`,
  'gu',
);
/** "l'élection de Valdecy Urquiza, du Brésil, au poste de Secrétaire général d'Interpol": a name an office is given to. */
const ELECTED = new RegExp(`(?<![\\p{L}])(?:l['’])?(?:élection|réélection|nomination|désignation)\\s+(?:de|d['’])\\s*(?:${HONORIFIC}\\s+)?(${RUN})(?=[^.;]{0,60}?(?:au poste|à la tête|comme|en tant que))`, 'gu');
const BEFORE_ROLE = new RegExp(`(${RUN})\\s*,\\s*(?:(?:le|la|l['’])\\s*)?$`, 'u');
/** "le Premier ministre sénégalais, Amadou Ba": "Premier" belongs to the title. */
const DETERMINER_BEFORE = /(?:^|[^\p{L}])(?:le|la|les|du|des|au|aux|l['’]|de la|à la|son|sa|ses|leur|leurs)\s*(?:premi(?:er|ère)\s+)?$/iu;

/** A full name beside a meeting verb is a person even without a title: the genre names the known that way. */
function nameNearVerb(m: RegExpMatchArray, isAgency: (start: number, end: number) => boolean): { start: number; name: string } | null {
  const run = m[1]!;
  const cleaned = cleanName(run, false);
  if (!cleaned || !cleaned.name.includes(' ') || findCountries(cleaned.name).length > 0) return null;
  const start = m.index! + m[0].length - run.length + cleaned.skip;
  return isAgency(start, start + cleaned.name.length) ? null : { start, name: cleaned.name };
}

const LIST_NEXT = new RegExp(`\\s*(?:,|et|ainsi que)\\s+(?:${HONORIFIC}\\s+)?(${RUN})`, 'uy');

/** The full name after `m` in a list, after its title when one follows it ("Jean Dupont, commissaire …, Paul Martin"). */
function nextInList(sentence: string, m: PersonMention, offset: number): { start: number; name: string } | undefined {
  // Sticky at the name's (or its title's) end: no slice of a long sentence per person.
  LIST_NEXT.lastIndex = (m.role && m.role.start >= m.end ? m.role.end : m.end) - offset;
  const next = LIST_NEXT.exec(sentence);
  const cleaned = next && cleanName(next[1]!, false);
  return next && cleaned?.name.includes(' ') ? { start: next.index + next[0].length - next[1]!.length + cleaned.skip, name: cleaned.name } : undefined;
}

/** "Christopher Wray et Abdellatif Hammouchi ont abordé …": both, each named in full. */
function pairSubjects(sentence: string): { start: number; name: string }[] {
  const out: { start: number; name: string }[] = [];
  for (const m of sentence.matchAll(PAIR_SUBJECT)) {
    const second = m.index + m[0].length - m[2]!.length;
    const a = cleanName(m[1]!, false);
    const b = cleanName(m[2]!, false);
    if (a?.name.includes(' ') && b?.name.includes(' ')) out.push({ start: m.index + a.skip, name: a.name }, { start: second + b.skip, name: b.name });
  }
  return out;
}

/** Full names an office is given to ("l'élection de X au poste de …"). */
function electedNames(sentence: string): { start: number; name: string }[] {
  const out: { start: number; name: string }[] = [];
  for (const m of sentence.matchAll(ELECTED)) {
    const run = m[1]!;
    const cleaned = cleanName(run, false);
    if (cleaned?.name.includes(' ')) out.push({ start: m.index + m[0].length - run.length + cleaned.skip, name: cleaned.name });
  }
  return out;
}

/** `isAgency` tells a gazetteer agency's words ("Scotland Yard a reçu …") from a name; offsets within the sentence. */
export function findPersons(sentence: string, offset: number, roles: RoleMention[], isAgency: (start: number, end: number) => boolean = () => false): PersonMention[] {
  const found: PersonMention[] = [];
  // By start: a long sentence names many people, each found by several patterns.
  const byStart = new Map<number, PersonMention>();
  const add = (start: number, name: string, role?: RoleMention) => {
    // "… relevant de l'Organisation des Nations Unies", "la police d'Abou Dhabi, le général …": an agency's or a place's words are no one's name.
    if (isAgency(start, start + name.length) || isPlace(name)) return;
    const absolute = offset + start;
    const existing = byStart.get(absolute);
    if (existing) {
      if (role && !existing.role) existing.role = role;
      return;
    }
    const mention: PersonMention = { start: absolute, end: absolute + name.length, name, ...(role ? { role } : {}) };
    byStart.set(absolute, mention);
    found.push(mention);
  };

  for (const role of roles) {
    const localEnd = role.end - offset;
    const localStart = role.start - offset;
    // "le Commissaire général …, Eric Snoek" names after the title; "M. William Burns, directeur …" before it.
    // "Le vice-président d'INTERPOL pour l'Afrique et président de la conférence, Garba Baba Umar": a second office of one holder.
    const secondOffice = /\set\s+$/u.test(sentence.slice(Math.max(0, localStart - 4), localStart)) && roles.some((r) => r !== role && r.end <= role.start && role.start - r.end < 40);
    const titleFirst = secondOffice || DETERMINER_BEFORE.test(sentence.slice(Math.max(0, localStart - 16), localStart));
    const after = titleFirst ? AFTER_ROLE.exec(sentence.slice(localEnd)) : null;
    if (after && !role.plural) {
      const run = after[2]!;
      const cleaned = cleanName(run, true);
      const honorific = /M\.|Mme|Mlle|Monsieur|Madame/.test(after[0].slice(0, after[0].length - run.length));
      // Without a comma ("le secrétaire d'État américain Mike Pompeo") only a full name follows a title.
      if (cleaned && (cleaned.name.includes(' ') || (honorific && after[1]))) {
        add(localEnd + after[0].length - run.length + cleaned.skip, cleaned.name, role);
        continue;
      }
    }
    // "Christopher Wray, le patron du FBI, …": a title after its holder may have its article.
    const before = BEFORE_ROLE.exec(sentence.slice(0, localStart));
    if (before && !role.plural) {
      const run = before[1]!;
      const honorific = new RegExp(`${HONORIFIC}\\s+$`, 'u').test(sentence.slice(0, before.index));
      const cleaned = cleanName(run, true);
      if (cleaned && (cleaned.name.includes(' ') || honorific)) add(before.index + cleaned.skip, cleaned.name, role);
    }
  }
  for (const p of pairSubjects(sentence)) add(p.start, p.name);
  for (const m of [...sentence.matchAll(VERB_SUBJECT), ...sentence.matchAll(VERB_OBJECT), ...sentence.matchAll(SPEAKER)]) {
    const named = nameNearVerb(m, isAgency);
    if (named) add(named.start, named.name);
  }
  for (const e of electedNames(sentence)) {
    add(e.start, e.name);
    const mention = byStart.get(offset + e.start);
    if (mention) mention.elected = true;
  }
  for (const m of [...sentence.matchAll(HONORIFIC_NAME), ...sentence.matchAll(RANKED_NAME)]) {
    const run = m[1]!;
    const cleaned = cleanName(run, true);
    if (cleaned) add(m.index + m[0].length - run.length + cleaned.skip, cleaned.name);
  }
  // "avec Mark Rowley, Matt Jukes et Ken McCallum": the next names of a list that starts with a person are people too.
  for (let i = 0; i < found.length; i++) {
    const next = nextInList(sentence, found[i]!, offset);
    if (next) add(next.start, next.name);
  }
  return found.sort((a, b) => a.start - b.start);
}
