/** What extraction finds in an article: its people, its agencies, and each sentence's participants in reading order. */
import type { Sentence } from '../reading/article-text';
import type { OrganizationHit } from '../lexicon/organizations';
import type { OrgRef, RoleMention } from './roles';

export interface PersonEntity {
  key: string;
  name: string;
  surname: string;
  role?: RoleMention;
  /** The words that name them with their title: "l'ambassadeur du Royaume-Uni à Rabat, Alex Pinfield". */
  quote: string;
}

export interface OrgEntity {
  key: string;
  org: OrgRef;
  quote: string;
}

export interface Participant {
  kind: 'person' | 'org';
  key: string;
  start: number;
  end: number;
}

export interface SentenceFacts {
  sentence: Sentence;
  participants: Participant[];
  roles: RoleMention[];
}

export interface ArticleEntities {
  persons: Map<string, PersonEntity>;
  orgs: Map<string, OrgEntity>;
  sentences: SentenceFacts[];
  orgHits: OrganizationHit[];
}
