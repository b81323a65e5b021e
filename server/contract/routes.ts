/**
 * Every route of the JSON API under /api, as one table: its method and path,
 * the zod schemas of its query string, path parameters and body, a summary,
 * and (as a type) its reply. The server registers each route from its entry
 * (server/http/routes/*.ts); a client types its calls with it:
 *
 *   import { API_ROUTES, type ApiRoute, type QueryOf, type ParamsOf, type BodyOf, type ReplyOf } from '@contract/routes';
 *
 *   function get<R extends ApiRoute>(route: R, query: QueryOf<R>): Promise<ReplyOf<R>> {
 *     const { method, path } = API_ROUTES[route];   // 'GET', '/search'
 *     ...fetch(`/api${path}?${…query}`)…
 *   }
 *   const hits = await get('GET /search', { q: 'Hammouchi', limit: 8 }); // SearchHit[]
 *
 * `QueryOf` and `BodyOf` are what the schema accepts (z.input: numbers may be
 * strings, lists are comma-separated strings); the server parses them into
 * the schema's output. A route without a query, parameters or body has
 * `never` there. Paths name parameters as `:id`; `pathOf` fills them in.
 * Every error reply is an ApiErrorBody (./results) with the status of its
 * StatusError (./errors).
 */
import type { z } from 'zod';
import {
  centralityQuery,
  communitiesQuery,
  compareQuery,
  timedPathQuery,
  timelineQuery,
  type CommunityMember,
  type Comparison,
  type ScoredNode,
  type TimedPath,
  type TimelineMonth,
} from './analysis';
import type { ArticleDoc, Note } from './model';
import type { Proposal } from './proposal';
import {
  articleAcceptBody,
  articleProposalBody,
  facetsQuery,
  idParam,
  meetingsQuery,
  neighbourhoodQuery,
  noteBody,
  notesQuery,
  pathQuery,
  searchQuery,
  whoMetQuery,
} from './requests';
import type {
  AcceptReply,
  Facets,
  GraphSlice,
  Health,
  MeetingsPage,
  NodeDetails,
  NotesPage,
  PathResult,
  SearchHit,
  WhoMetResult,
} from './results';

/** What the table says of each route; `query`, `params` and `body` only where the route takes them. */
export interface RouteSpec {
  method: 'GET' | 'POST' | 'DELETE';
  /** Under /api; `:name` marks a path parameter. */
  path: string;
  summary: string;
  query?: z.ZodType;
  params?: z.ZodType;
  body?: z.ZodType;
  /** The success status, when it is not 200 (201 created, 204 no content). */
  status?: 201 | 204;
}

/** Each route's reply on success, by the table's key. */
export interface ApiReplies {
  'GET /health': Health;
  'GET /search': SearchHit[];
  'GET /nodes/:id': NodeDetails;
  'GET /neighbourhood': GraphSlice;
  'GET /who-met': WhoMetResult;
  'GET /path': PathResult;
  'GET /facets': Facets;
  'GET /meetings': MeetingsPage;
  'GET /articles/:id': ArticleDoc;
  'POST /articles': Proposal;
  'POST /articles/accept': AcceptReply;
  'GET /notes': NotesPage;
  'POST /notes': Note;
  'DELETE /notes/:id': void;
  'GET /analysis/centrality': ScoredNode[];
  'GET /analysis/communities': CommunityMember[];
  'GET /compare': Comparison;
  'GET /paths/timed': TimedPath;
  'GET /timeline': TimelineMonth[];
}

export const API_ROUTES = {
  'GET /health': { method: 'GET', path: '/health', summary: 'Store kind and size; 503 when the store is unreachable' },
  'GET /search': { method: 'GET', path: '/search', summary: 'Ranked matches on names, aliases and acronyms, then on the text of notes', query: searchQuery },
  'GET /nodes/:id': { method: 'GET', path: '/nodes/:id', summary: 'A node with its relationships and source quotes', params: idParam },
  'GET /neighbourhood': {
    method: 'GET',
    path: '/neighbourhood',
    summary: 'Neighbours at depth 1 or 2, filtered by years, topics and types, capped',
    query: neighbourhoodQuery,
  },
  'GET /who-met': {
    method: 'GET',
    path: '/who-met',
    summary: 'People and agencies met by a person or agency, with the meetings linking them',
    query: whoMetQuery,
  },
  'GET /path': { method: 'GET', path: '/path', summary: 'Shortest connection between two entities', query: pathQuery },
  'GET /facets': { method: 'GET', path: '/facets', summary: 'Meetings per year, per topic (within from/to), counts per type', query: facetsQuery },
  'GET /meetings': { method: 'GET', path: '/meetings', summary: 'Timeline of meetings, oldest first', query: meetingsQuery },
  'GET /articles/:id': { method: 'GET', path: '/articles/:id', summary: 'An article: title, date and full text', params: idParam },
  'POST /articles': {
    method: 'POST',
    path: '/articles',
    summary: 'Proposes the facts an article states, each with its quote, resolved against the graph',
    body: articleProposalBody,
  },
  'POST /articles/accept': {
    method: 'POST',
    path: '/articles/accept',
    summary: 'Adds an article and its proposed facts (less those excluded) to the graph, all or nothing; 200 when the graph already held it all',
    body: articleAcceptBody,
    status: 201,
  },
  'GET /notes': {
    method: 'GET',
    path: '/notes',
    summary: 'Researchers’ notes on a node (target), or on every node without it, newest first',
    query: notesQuery,
  },
  'POST /notes': {
    method: 'POST',
    path: '/notes',
    summary: 'Writes a note on a node (a write: the same rules as accepting an article)',
    body: noteBody,
    status: 201,
  },
  'DELETE /notes/:id': { method: 'DELETE', path: '/notes/:id', summary: 'Deletes a note; 404 when there is none with that id', params: idParam, status: 204 },
  'GET /analysis/centrality': {
    method: 'GET',
    path: '/analysis/centrality',
    summary: 'People and agencies by degree, betweenness or PageRank on the who-met projection, highest first',
    query: centralityQuery,
  },
  'GET /analysis/communities': {
    method: 'GET',
    path: '/analysis/communities',
    summary: 'Louvain communities of the who-met projection, seeded (stable colours), largest first',
    query: communitiesQuery,
  },
  'GET /compare': {
    method: 'GET',
    path: '/compare',
    summary: 'Ties between people or agencies that appeared, vanished or were kept from period a to period b',
    query: compareQuery,
  },
  'GET /paths/timed': {
    method: 'GET',
    path: '/paths/timed',
    summary: 'The earliest-arriving chain of meetings in time order from one entity to another',
    query: timedPathQuery,
  },
  'GET /timeline': { method: 'GET', path: '/timeline', summary: 'Meetings per month over the whole graph (the time bar)', query: timelineQuery },
} as const satisfies { [R in keyof ApiReplies]: RouteSpec & { method: MethodIn<R>; path: PathIn<R> } };

type MethodIn<R extends string> = R extends `${infer M} ${string}` ? M : never;
type PathIn<R extends string> = R extends `${string} ${infer P}` ? P : never;

/** A key of the table: method and path, "GET /search". */
export type ApiRoute = keyof typeof API_ROUTES;
/** A path under /api as the table writes it, "/nodes/:id". */
export type ApiPath = (typeof API_ROUTES)[ApiRoute]['path'];
type Spec<R extends ApiRoute> = (typeof API_ROUTES)[R];
type InputOf<S, K extends 'query' | 'params' | 'body'> = S extends { [key in K]: infer T extends z.ZodType } ? z.input<T> : never;

export type QueryOf<R extends ApiRoute> = InputOf<Spec<R>, 'query'>;
export type ParamsOf<R extends ApiRoute> = InputOf<Spec<R>, 'params'>;
export type BodyOf<R extends ApiRoute> = InputOf<Spec<R>, 'body'>;
export type ReplyOf<R extends ApiRoute> = ApiReplies[R];

/** The route's path with its parameters filled in, each percent-encoded: pathOf('GET /nodes/:id', {id: 'org:fbi'}) → "/nodes/org%3Afbi". */
export function pathOf<R extends ApiRoute>(route: R, params?: Record<string, string>): string {
  return API_ROUTES[route].path.replace(/:([A-Za-z]+)/g, (_match, name: string) => {
    const value = params?.[name];
    if (value === undefined) throw new Error(`${route} needs the path parameter "${name}"`);
    return encodeURIComponent(value);
  });
}
