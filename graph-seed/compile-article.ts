/** One facts file's article and the facts about people and agencies it states (its meetings: compile-meetings.ts). */
import { parsePartialDate } from '../server/contract/dates';
import type { FactsFile } from './schema';
import type { FactChecks, SeedBuild } from './seed-build';

export function addArticle(build: SeedBuild, check: FactChecks, data: FactsFile, text: string) {
  const { articleId } = check;
  const published = parsePartialDate(data.article.published);
  if (!published) check.problem(['article', 'published'], data.article.published, 'malformed date (expected YYYY, YYYY-MM or YYYY-MM-DD)');
  if (data.article.publishedQuote) check.source(data.article.publishedQuote, ['article', 'publishedQuote']);
  if (build.nodes.has(articleId)) check.problem(['article', 'id'], articleId, `id "${articleId}" is defined twice`);
  const article = {
    id: articleId,
    title: data.article.title,
    published: published?.value ?? data.article.published,
    precision: published?.precision ?? 'day',
    ...(data.article.publisher ? { publisher: data.article.publisher } : {}),
    ...(data.article.url ? { url: data.article.url } : {}),
  } as const;
  build.nodes.set(articleId, { type: 'Article', label: article.title, ...article });
  build.articles.push({ ...article, text });
}

export function addAffiliations(build: SeedBuild, check: FactChecks, data: FactsFile) {
  const { nodes } = build;
  data.memberships.forEach((m, i) => {
    const path = ['memberships', i];
    if (!check.expectNode(m.person, ['Person'], [...path, 'person']) || !check.expectNode(m.organization, ['Organization'], [...path, 'organization'])) return;
    const person = nodes.get(m.person);
    if (person?.type === 'Person') addTitle(person.titles, m.title);
    check.link('MEMBER_OF', m.person, m.organization, [check.source(m.quote, [...path, 'quote'])], { title: m.title });
  });
  data.representations.forEach((r, i) => {
    const path = ['representations', i];
    const country = check.countryId(r.country, [...path, 'country']);
    if (!check.expectNode(r.person, ['Person'], [...path, 'person']) || !country) return;
    const person = nodes.get(r.person);
    if (person?.type === 'Person') addTitle(person.titles, r.title);
    check.link('REPRESENTS', r.person, country, [check.source(r.quote, [...path, 'quote'])], { title: r.title });
  });
  data.organizationCountries.forEach((o, i) => {
    const path = ['organizationCountries', i];
    const country = check.countryId(o.country, [...path, 'country']);
    if (!check.expectNode(o.organization, ['Organization'], [...path, 'organization']) || !country) return;
    const org = nodes.get(o.organization);
    if (org?.type === 'Organization') org.country = o.country;
    check.link('OF_COUNTRY', o.organization, country, [check.source(o.quote, [...path, 'quote'])]);
  });
}

export function addPartsAndSignatures(check: FactChecks, data: FactsFile) {
  data.organizationParts.forEach((o, i) => {
    const path = ['organizationParts', i];
    if (!check.expectNode(o.organization, ['Organization'], [...path, 'organization']) || !check.expectNode(o.partOf, ['Organization'], [...path, 'partOf'])) return;
    check.link('PART_OF', o.organization, o.partOf, [check.source(o.quote, [...path, 'quote'])]);
  });
  data.signatures.forEach((s, i) => {
    const path = ['signatures', i];
    if (!check.expectNode(s.person, ['Person', 'Organization'], [...path, 'person']) || !check.expectNode(s.agreement, ['Agreement'], [...path, 'agreement'])) return;
    check.link('SIGNED', s.person, s.agreement, [check.source(s.quote, [...path, 'quote'])]);
  });
}

function addTitle(titles: string[], title: string) {
  const key = title.toLocaleLowerCase('fr');
  if (!titles.some((t) => t.toLocaleLowerCase('fr') === key)) titles.push(title);
}
