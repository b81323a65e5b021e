/**
 * Is a proposed entity one the graph already holds? Candidates come from the
 * store's own search (so both adapters resolve alike); the score weighs the
 * name (accents, case, spacing, initials, spelling variants) and, for people,
 * whether the organization agrees. "Francesca Posten" is Francisca Bostyn only
 * because both lead the Sûreté de l'État; a new entity only when nothing matches.
 */
import type { GraphNode, MeetingNode, OrganizationNode, PersonNode } from '../../contract/model';
import type { EntityMatch } from '../../contract/proposal';
import { parsePartialDate } from '../../contract/dates';
import type { NodeDetails } from '../../contract/results';
import { NotFoundError } from '../../store/errors';
import type { GraphStore } from '../../store/graph-store';
import { foldName, nameSimilarity } from './name-similarity';

const fold = foldName;

async function details(store: GraphStore, id: string): Promise<NodeDetails | null> {
  try {
    return await store.node(id);
  } catch (error) {
    if (error instanceof NotFoundError) return null;
    throw error;
  }
}

export async function nodeExists(store: GraphStore, id: string): Promise<GraphNode | null> {
  return (await details(store, id))?.node ?? null;
}

async function candidates(store: GraphStore, terms: string[], type: 'Person' | 'Organization'): Promise<string[]> {
  const ids = new Set<string>();
  for (const q of new Set(terms.map((t) => t.trim()).filter((t) => t.length >= 2))) {
    for (const hit of await store.search({ q: q.slice(0, 200), types: [type], limit: 10 })) ids.add(hit.id);
  }
  return [...ids];
}

/** Jaro-Winkler runs high: names this alike are one name written two ways; below VARIANT, different names. */
const SAME_NAME = 0.9;
const VARIANT = 0.75;
const isFullName = (name: string) => name.trim().includes(' ');

export interface PersonClues {
  name: string;
  /** Names and acronyms of the organizations the article gives them. */
  organizations: string[];
  country?: string;
}

export async function resolvePerson(store: GraphStore, clues: PersonClues): Promise<EntityMatch | undefined> {
  const tokens = clues.name.split(/\s+/).filter((t) => t.length >= 3);
  const ids = await candidates(store, [clues.name, ...tokens], 'Person');
  const wanted = new Set(clues.organizations.map(fold));
  let best: EntityMatch | undefined;
  for (const id of ids) {
    const d = await details(store, id);
    if (!d || d.node.type !== 'Person') continue;
    const person = d.node as PersonNode;
    const name = Math.max(...[person.name, ...person.aliases].map((n) => nameSimilarity(clues.name, n)));
    const theirOrgs = d.neighbours
      .filter((n) => n.edge.type === 'MEMBER_OF' && n.node.type === 'Organization')
      .flatMap((n) => {
        const org = n.node as OrganizationNode;
        return [org.name, ...(org.acronym ? [org.acronym] : []), ...org.aliases].map(fold);
      });
    const theirCountries = d.neighbours.filter((n) => n.edge.type === 'REPRESENTS').map((n) => n.node.id.replace(/^country:/, ''));
    const sameOrg = theirOrgs.some((o) => wanted.has(o));
    const sameCountry = !!clues.country && theirCountries.includes(clues.country);
    const conflict = wanted.size > 0 && theirOrgs.length > 0 && !sameOrg;
    const reasons: string[] = [];
    let accept = false;
    if (name === 1) reasons.push('same name');
    else if (name >= SAME_NAME) reasons.push('same name but for accents, spacing or a letter');
    else if (name >= VARIANT) reasons.push('spelling variant');
    if (sameOrg) reasons.push('same organization');
    if (sameCountry) reasons.push('represents the same country');
    if (conflict) reasons.push('different organization');
    if (name >= SAME_NAME && !conflict) accept = true;
    else if (name >= VARIANT && (sameOrg || sameCountry)) accept = true;
    if (!accept) continue;
    // A name that differs, with nothing else to say it is the same person, is a merge the reviewer decides.
    const unsure = name < 1 && !(sameOrg || sameCountry || (name >= SAME_NAME && wanted.size === 0 && clues.country === undefined && isFullName(clues.name)));
    const score = Math.round((0.7 * name + (sameOrg || sameCountry ? 0.3 : conflict ? 0 : 0.15)) * 100) / 100;
    if (!best || score > best.score) best = { id, name: person.name, score, reasons, ...(unsure ? { unsure: true } : {}) };
  }
  return best;
}

export interface OrganizationClues {
  name: string;
  acronym?: string;
  country?: string;
}

export async function resolveOrganization(store: GraphStore, clues: OrganizationClues): Promise<EntityMatch | undefined> {
  const ids = await candidates(store, [clues.name, ...(clues.acronym ? [clues.acronym] : [])], 'Organization');
  let best: EntityMatch | undefined;
  for (const id of ids) {
    const d = await details(store, id);
    if (!d || d.node.type !== 'Organization') continue;
    const org = d.node as OrganizationNode;
    if (clues.country && org.country && clues.country !== org.country) continue;
    const names = [org.name, ...org.aliases].map(fold);
    let match: EntityMatch | undefined;
    if (fold(org.name) === fold(clues.name)) match = { id, name: org.name, score: 1, reasons: ['same name'] };
    else if (names.includes(fold(clues.name))) match = { id, name: org.name, score: 0.95, reasons: ['known alias'] };
    else if (clues.acronym && org.acronym === clues.acronym) match = { id, name: org.name, score: 0.9, reasons: ['same acronym'] };
    if (match && (!best || match.score > best.score)) best = match;
  }
  return best;
}

export interface MeetingClues {
  /** Graph ids of the attendees already known. */
  attendees: string[];
  /** Attendees new to the graph: a known meeting cannot have had them. */
  newAttendees: number;
  date?: string;
  weekday?: number;
  country?: string;
}

/** A known meeting this one reports again: shared attendees, and a date and place that fit. */
export async function resolveMeeting(store: GraphStore, clues: MeetingClues): Promise<{ match: EntityMatch; meeting: MeetingNode } | undefined> {
  if (clues.attendees.length === 0) return undefined;
  const seen = new Set<string>();
  const mine = clues.date ? parsePartialDate(clues.date) : null;
  let best: { match: EntityMatch; meeting: MeetingNode } | undefined;
  for (const attendee of clues.attendees) {
    const d = await details(store, attendee);
    for (const n of d?.neighbours ?? []) {
      if (n.node.type !== 'Meeting' || seen.has(n.node.id)) continue;
      seen.add(n.node.id);
      const meeting = n.node as MeetingNode;
      // Place and date first: they need no store call, and a hub attended thousands of meetings.
      if (clues.country && clues.country !== meeting.country) continue;
      if (mine && (mine.last < meeting.dateFrom || mine.first > meeting.dateTo)) continue;
      if (!mine && clues.weekday !== undefined && (meeting.precision !== 'day' || new Date(`${meeting.date}T12:00:00Z`).getUTCDay() !== clues.weekday)) continue;
      const md = await details(store, meeting.id);
      const theirs = new Set((md?.neighbours ?? []).filter((x) => x.edge.type === 'ATTENDED').map((x) => x.node.id));
      const shared = clues.attendees.filter((a) => theirs.has(a));
      // One list of attendees must hold the other: two meetings that each have someone the other lacks differ.
      const theirsInMine = shared.length === theirs.size;
      const mineInTheirs = clues.newAttendees === 0 && shared.length === clues.attendees.length;
      if (shared.length === 0 || !(theirsInMine || mineInTheirs)) continue;
      // Undated and unplaced, only two people in common say it is the same meeting: two agencies meet year after year.
      if (!mine && clues.weekday === undefined && shared.filter((id) => !id.startsWith('org:')).length < 2) continue;
      const reasons = [`${shared.length} attendee${shared.length > 1 ? 's' : ''} in common`];
      let score = 0.5;
      if (mine) {
        reasons.push('dates overlap');
        score += 0.3;
      } else if (clues.weekday !== undefined) {
        reasons.push('same weekday');
        score += 0.2;
      }
      if (clues.country) {
        reasons.push('same country');
        score += 0.2;
      }
      const match = { id: meeting.id, name: meeting.label, score: Math.min(1, Math.round(score * 100) / 100), reasons };
      if (!best || match.score > best.match.score) best = { match, meeting };
    }
  }
  return best;
}
