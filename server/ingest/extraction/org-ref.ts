/** An agency as a text names it: from the gazetteer, or new, named only by a title's words. */
import type { OrganizationKind } from '../../contract/model';
import type { GazetteerEntry } from '../lexicon/organizations';

export interface OrgRef {
  name: string;
  acronym?: string;
  country?: string;
  kind: OrganizationKind;
  /** From the gazetteer, or new: named only by a title's words. */
  known: boolean;
  /** Found through a title's words ("commissaire général à l'information"), not named as such. */
  fromTitle?: boolean;
  /** Inferred for "son homologue français": the office of whoever holds it, not a party standing for an unnamed official. */
  counterpart?: boolean;
  start: number;
  end: number;
}

/** A gazetteer agency found at [start, end). */
export const orgRef = (e: GazetteerEntry, start: number, end: number): OrgRef => ({
  name: e.name,
  ...(e.acronym ? { acronym: e.acronym } : {}),
  ...(e.country ? { country: e.country } : {}),
  kind: e.kind,
  known: true,
  start,
  end,
});
