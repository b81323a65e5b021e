/**
 * What ingestion proposes from one article, for a researcher to review before
 * it joins the graph. Every fact carries the exact words of the article that
 * state it. Shared by the CLI, the API and the "Add article" dialog.
 */
import type { AttendanceRole, DatePrecision, MeetingKind, OrganizationKind } from './model';
import type { TopicId } from './topics';

/** An existing graph entity a proposed one was resolved to. */
export interface EntityMatch {
  id: string;
  name: string;
  /** 0–1: how sure the resolution is. */
  score: number;
  /** Why, in words: "same name", "spelling variant; same organization". */
  reasons: string[];
  /** Set when nothing but a differing name says it is this entity: the reviewer confirms or refuses the merge. */
  unsure?: true;
}

interface ProposedEntity {
  /** Stable within a proposal: what a reviewer unticks to leave a fact out. */
  key: string;
  /** The id it has (known) or will have (new) in the graph. */
  id: string;
  status: 'new' | 'known';
  match?: EntityMatch;
  quote: string;
}

export interface ProposedPerson extends ProposedEntity {
  /** As the article first writes it in full. */
  name: string;
  title?: string;
  /** Name of the (first) organization the title is in. */
  organization?: string;
  /** Every organization the title names ("… de la DGSN et de la DGST"). */
  organizations?: string[];
  /** ISO 3166-1 alpha-2: the country they belong to or, for an ambassador, represent. */
  country?: string;
  /** Ambassadors represent a country rather than serve an organization. */
  represents?: boolean;
}

export interface ProposedOrganization extends ProposedEntity {
  name: string;
  acronym?: string;
  country?: string;
  kind: OrganizationKind;
  /** Words that give its country, when the article states it. */
  countryQuote?: string;
}

export interface ProposedAttendee {
  /** Key of a proposed person or organization. */
  ref: string;
  name: string;
  role: AttendanceRole;
  quote: string;
}

export interface QuotedTerm<T extends string = string> {
  id: T;
  quote: string;
}

export interface ProposedMeeting {
  key: string;
  id: string;
  status: 'new' | 'known';
  /** An existing meeting this one reports again (another article on the same visit). */
  match?: EntityMatch;
  /** YYYY, YYYY-MM or YYYY-MM-DD, at the precision the text supports. */
  date?: string;
  precision?: DatePrecision;
  dateEnd?: string;
  dateQuote?: string;
  city?: string;
  country?: string;
  placeQuote?: string;
  kind: MeetingKind;
  title: string;
  /** Names of the persons attending. */
  participants: string[];
  /** Names of agencies attending without a named person. */
  organizations: string[];
  topics: TopicId[];
  regions: string[];
  attendees: ProposedAttendee[];
  topicQuotes: QuotedTerm<TopicId>[];
  regionQuotes: QuotedTerm[];
  /** The sentence that reports the meeting. */
  quote: string;
}

export interface ProposedArticle {
  id: string;
  status: 'new' | 'known';
  title: string;
  publisher?: string;
  /** Absent when neither the text nor the caller gives a date. */
  published?: string;
  precision?: DatePrecision;
  /** Where the date came from: the words, or "--date". */
  publishedFrom?: string;
}

export interface Proposal {
  article: ProposedArticle;
  persons: ProposedPerson[];
  organizations: ProposedOrganization[];
  /** ISO 3166-1 alpha-2 codes of the countries the proposed facts involve. */
  countries: string[];
  meetings: ProposedMeeting[];
  /** What the reviewer should know: an unresolved date, a dropped mention. */
  warnings: string[];
}
