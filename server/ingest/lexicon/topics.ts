/**
 * How French security news words each topic of the fixed vocabulary, and the
 * regions of concern it names. Patterns run on accent-folded, lower-case text.
 */
import type { TopicId } from '../../contract/topics';
import { foldKeepingOffsets } from '../../text/normalise';

const TOPIC_PATTERNS: Record<TopicId, RegExp> = {
  terrorism: /\b(anti-?terroris\w*|terroris\w+|jihadis\w+|djihadis\w+)/g,
  violent_extremism: /\bextremis\w+/g,
  radicalization: /\b(radicalisation|deradicalisation|radicalis\w+|enrolement|embrigadement|recrutement terroriste)/g,
  organized_crime: /\b(crime organise|criminalite (transnationale |transfrontaliere )?organisee|crimes? (transnationa(l|ux)|transfrontaliers?)|criminalite transfrontaliere|bandes? criminelles? organisees?|reseaux? criminels?|organisations? criminelles?|grande criminalite)/g,
  drug_trafficking: /\b(trafic\w* (illicite |illegal )?de (drogues?|stupefiants|psychotropes|cocaine|cannabis)|stupefiants|narcotrafic\w*)/g,
  human_trafficking: /\b(traite (des |d')etres humains|traite humaine|trafic d'etres humains|traite des personnes)/g,
  // Smuggling migrants is how the genre words illegal migration, not trafficking in human beings.
  illegal_migration: /\b((im)?migration (illegale|irreguliere|clandestine)|migrants? (illegaux|irreguliers|clandestins)|trafic de migrants)/g,
  money_laundering: /\bblanchiment/g,
  // "la sécurité cybernétique", "la cybersécurité": the security of networks, not a crime; "le crime organisé … sous sa forme cybernétique" is one.
  cybercrime: /\b(cybercriminalite|(?<!securite )cyber-?(?!securite)\w+|crimes? lies? aux nouvelles technologies|criminalite informatique)/g,
  border_security: /\b(police des frontieres|transit frontalier|controle (aux|des) frontieres|securite des frontieres|gestion des frontieres|surveillance des frontieres)/g,
  sports_event_security: /\b(securite sportive|(manifestations?|evenements?|rendez-vous|competitions?) sporti\w+|coupe du monde|coupe d'afrique des nations|can 20\d\d|mondial 20\d\d|jeux olympiques|jeux olympiques et paralympiques|jo 20\d\d)/g,
  wanted_persons: /\b((individus|personnes) recherche\w*|avis de recherche|notices? rouges?|fugitifs?)/g,
  training: /\bformations?\b/g,
  technical_assistance: /\bassistance technique/g,
  intelligence_sharing: /\b((?:echanges?|partage) (?:[a-z]+ (?:et )?){0,3}?(?:d'informations?|de renseignements?|des? donnees|du renseignement|des informations|des renseignements)|echange d'information|echanger (?:[a-z]+ (?:et )?){0,3}?(?:informations|renseignements|donnees)|renseignement operationnel)/g,
};

export interface TermHit<T extends string> {
  id: T;
  start: number;
  end: number;
}

export function findTopics(text: string): TermHit<TopicId>[] {
  const folded = foldKeepingOffsets(text);
  const hits: TermHit<TopicId>[] = [];
  for (const [id, re] of Object.entries(TOPIC_PATTERNS) as [TopicId, RegExp][]) {
    for (const m of folded.matchAll(re)) hits.push({ id, start: m.index, end: m.index + m[0].length });
  }
  return hits.sort((a, b) => a.start - b.start);
}

/** Regions of concern, with the graph's ids for them. "Sahélo-saharienne" is both. */
const REGION_PATTERNS: { id: string; name: string; re: RegExp }[] = [
  { id: 'region:sahel', name: 'Sahel', re: /\b(sahel|sahelo-\w+|saharo-sahel\w*)/g },
  { id: 'region:sahara', name: 'Sahara', re: /\b(sahara|sahelo-saharien\w*|saharo-\w+)/g },
  { id: 'region:moyen-orient', name: 'Moyen-Orient', re: /\bmoyen-orient/g },
  { id: 'region:europe', name: 'Europe', re: /\beurope\b/g },
  { id: 'region:maghreb', name: 'Maghreb', re: /\bmaghreb/g },
  { id: 'region:afrique-de-l-ouest', name: "Afrique de l'Ouest", re: /\bafrique de l'ouest/g },
  { id: 'region:mediterranee', name: 'Méditerranée', re: /\bmediterranee/g },
  { id: 'region:golfe', name: 'Golfe', re: /\b(pays du golfe|region du golfe)/g },
  { id: 'region:balkans', name: 'Balkans', re: /\bbalkans/g },
  { id: 'region:corne-de-l-afrique', name: "Corne de l'Afrique", re: /\bcorne de l'afrique/g },
  { id: 'region:lac-tchad', name: 'Lac Tchad', re: /\bbassin du lac tchad/g },
];

export const REGION_NAMES = new Map(REGION_PATTERNS.map((r) => [r.id, r.name]));

export function findRegions(text: string): TermHit<string>[] {
  const folded = foldKeepingOffsets(text);
  const hits: TermHit<string>[] = [];
  for (const { id, re } of REGION_PATTERNS) {
    for (const m of folded.matchAll(re)) hits.push({ id, start: m.index, end: m.index + m[0].length });
  }
  return hits.sort((a, b) => a.start - b.start);
}
