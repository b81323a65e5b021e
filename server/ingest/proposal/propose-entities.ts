/** The article's people and agencies, each resolved against the graph: known (with a score and reasons) or new. */
import type { ProposedOrganization, ProposedPerson } from '../../contract/proposal';
import type { ArticleEntities } from '../extraction/entity-types';
import { homeCountry } from '../extraction/meetings';
import { findCountries } from '../lexicon/countries';
import { resolveOrganization, resolvePerson } from '../resolution/resolve';
import { freeId, slug, type ProposalContext } from './proposal-context';

export async function proposeOrganizations(entities: ArticleEntities, text: string, context: ProposalContext): Promise<ProposedOrganization[]> {
  const { store, keys } = context;
  const out: ProposedOrganization[] = [];
  for (const { key, org, quote } of entities.orgs.values()) {
    const match = await resolveOrganization(store, { name: org.name, ...(org.acronym ? { acronym: org.acronym } : {}), ...(org.country ? { country: org.country } : {}) });
    const countryQuote = org.country ? countryStated(entities, text, org.name, org.country) : undefined;
    const proposed: ProposedOrganization = {
      key: `o${out.length + 1}`,
      id: match?.id ?? (await freeId(context, `org:${slug(org.acronym ?? org.name.replace(/\s*\([^)]*\)$/, ''))}${org.country && !org.acronym ? `-${org.country.toLowerCase()}` : ''}`)),
      status: match ? 'known' : 'new',
      ...(match ? { match } : {}),
      name: org.name,
      ...(org.acronym ? { acronym: org.acronym } : {}),
      ...(org.country ? { country: org.country } : {}),
      kind: org.kind,
      quote,
      ...(countryQuote ? { countryQuote } : {}),
    };
    out.push(proposed);
    keys.set(key, proposed.key);
  }
  return out;
}

/** Words of the article that give an agency's country ("la Police Fédérale belge"), if any do. */
function countryStated(entities: ArticleEntities, text: string, name: string, country: string): string | undefined {
  const spans = [
    ...entities.orgHits.filter((h) => h.entry.name === name),
    ...entities.sentences.flatMap((s) => s.roles.filter((r) => r.orgs.some((o) => o.name === name))),
  ];
  for (const span of spans) {
    const words = text.slice(span.start, span.end);
    if (findCountries(words).some((c) => c.code === country && c.via !== 'city')) return words;
  }
  return undefined;
}

export async function proposePersons(entities: ArticleEntities, context: ProposalContext): Promise<ProposedPerson[]> {
  const { store, keys, warnings } = context;
  const out: ProposedPerson[] = [];
  for (const p of entities.persons.values()) {
    if (!p.name.includes(' ')) warnings.push(`"${p.name}" is named by surname only`);
    const role = p.role;
    const org = role?.orgs[0];
    const country = role?.ambassador ? role.country?.code : homeCountry(p.key, 'person', entities);
    const match = await resolvePerson(store, {
      name: p.name,
      organizations: (role?.orgs ?? []).flatMap((o) => [o.name, ...(o.acronym ? [o.acronym] : [])]),
      ...(role?.ambassador && country ? { country } : {}),
    });
    if (match?.unsure) {
      warnings.push(`p${out.length + 1} “${p.name}” is proposed as ${match.name} (${match.id}, score ${match.score.toFixed(2)}: ${match.reasons.join(', ')}): check the merge; untick p${out.length + 1} to leave it out`);
    }
    out.push({
      key: `p${out.length + 1}`,
      id: match?.id ?? (await freeId(context, `person:${slug(p.name)}`)),
      status: match ? 'known' : 'new',
      ...(match ? { match } : {}),
      name: p.name,
      ...(role ? { title: role.title } : {}),
      ...(org ? { organization: org.name, organizations: role!.orgs.map((o) => o.name) } : {}),
      ...(country ? { country } : {}),
      ...(role?.ambassador ? { represents: true } : {}),
      quote: p.quote,
    });
    keys.set(p.key, out.at(-1)!.key);
  }
  return out;
}

