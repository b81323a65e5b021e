/** The shape of the curated files; meaning (ids, quotes, dates) is checked by compile.ts. */
import { z } from 'zod';
import { ATTENDANCE_ROLES, MEETING_KINDS, ORGANIZATION_KINDS } from '../server/contract/model';

const id = (prefix: string) =>
  z.string().regex(new RegExp(`^${prefix}:[a-z0-9][a-z0-9-]*$`), `expected an id like "${prefix}:some-slug"`);
const text = z.string().trim().min(1);
const quote = z.string().min(1);
// YAML reads 2024-12 as a string but 2024 as a number: accept both, check later.
const partialDate = z.union([z.string(), z.number().int()]).transform(String);

export const entitiesFile = z.strictObject({
  persons: z.array(z.strictObject({ id: id('person'), name: text, aliases: z.array(text).default([]) })),
  organizations: z.array(
    z.strictObject({
      id: id('org'),
      name: text,
      acronym: text.optional(),
      aliases: z.array(text).default([]),
      kind: z.enum(ORGANIZATION_KINDS),
    }),
  ),
  regions: z.array(z.strictObject({ id: id('region'), name: text, aliases: z.array(text).default([]) })),
  agreements: z.array(z.strictObject({ id: id('agreement'), name: text, period: text.optional() })),
});

const linkTo = z.strictObject({ id: text, quote });

const meetingFacts = z.strictObject({
  id: id('meeting'),
  date: partialDate.optional(),
  dateEnd: partialDate.optional(),
  dateQuote: quote.optional(),
  city: text.optional(),
  country: text.optional(),
  /** The words that say where: required with city or country. */
  placeQuote: quote.optional(),
  kind: z.enum(MEETING_KINDS).optional(),
  /** A short name for the canvas, where place and date alone would repeat ("with Ambassador Pinfield"). */
  title: text.optional(),
  summary: text.optional(),
  quote,
  attendees: z.array(z.strictObject({ id: text, role: z.enum(ATTENDANCE_ROLES), quote })).default([]),
  topics: z.array(linkTo).default([]),
  regions: z.array(linkTo).default([]),
  agreements: z.array(linkTo).default([]),
});

export const factsFile = z.strictObject({
  article: z.strictObject({
    id: id('article'),
    file: text,
    title: text,
    publisher: text.optional(),
    /** Where the article was collected from. */
    url: z.string().url().optional(),
    published: partialDate,
    publishedQuote: quote.optional(),
  }),
  memberships: z
    .array(z.strictObject({ person: text, organization: text, title: text, quote }))
    .default([]),
  representations: z.array(z.strictObject({ person: text, country: text, title: text, quote })).default([]),
  organizationCountries: z.array(z.strictObject({ organization: text, country: text, quote })).default([]),
  organizationParts: z.array(z.strictObject({ organization: text, partOf: text, quote })).default([]),
  signatures: z.array(z.strictObject({ person: text, agreement: text, quote })).default([]),
  meetings: z.array(meetingFacts).default([]),
});

export type EntitiesFile = z.output<typeof entitiesFile>;
export type FactsFile = z.output<typeof factsFile>;
export type MeetingFacts = z.output<typeof meetingFacts>;
