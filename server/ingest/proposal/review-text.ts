/** The proposal as a researcher reads it in a terminal: new vs known, scores, and every quote. */
import type { EntityMatch, Proposal } from '../../contract/proposal';

const quoted = (q: string) => `      “${q.length > 220 ? `${q.slice(0, 217)}…` : q}”`;
const matchLine = (m?: EntityMatch) => (m ? ` (score ${m.score.toFixed(2)}: ${m.reasons.join(', ')}${m.unsure ? '; unsure: check before accepting' : ''})` : '');

export function reviewText(file: string, p: Proposal): string {
  const lines: string[] = [];
  const date = p.article.published ? `${p.article.published}, from “${p.article.publishedFrom}”` : 'no date';
  lines.push(`${file}: “${p.article.title}” (${date})${p.article.status === 'known' ? ' — already in the graph' : ''}`);

  lines.push('', `  People (${p.persons.length})`);
  for (const person of p.persons) {
    const as = person.match && person.match.name !== person.name ? ` = ${person.match.name}` : '';
    lines.push(`    ${person.key}  ${person.status.padEnd(5)}  ${person.name}${as} → ${person.id}${matchLine(person.match)}`);
    if (person.title) lines.push(`      ${person.title}${person.country ? ` · ${person.country}` : ''}`);
    lines.push(quoted(person.quote));
  }

  lines.push('', `  Organizations (${p.organizations.length})`);
  for (const org of p.organizations) {
    lines.push(`    ${org.key}  ${org.status.padEnd(5)}  ${org.name}${org.acronym ? ` (${org.acronym})` : ''}${org.country ? ` · ${org.country}` : ''} → ${org.id}${matchLine(org.match)}`);
    lines.push(quoted(org.quote));
  }

  lines.push('', `  Countries: ${p.countries.join(', ') || 'none'}`);

  lines.push('', `  Meetings (${p.meetings.length})`);
  for (const m of p.meetings) {
    const when = m.date ? `${m.date}${m.dateEnd ? ` to ${m.dateEnd}` : ''}` : 'undated';
    const where = [m.city, m.country].filter(Boolean).join(', ') || 'no place';
    lines.push(`    ${m.key}  ${m.status.padEnd(5)}  ${m.title} · ${when} · ${where} · ${m.kind} → ${m.id}${matchLine(m.match)}`);
    lines.push(`      attending: ${m.attendees.map((a) => `${a.name} (${a.role})`).join(', ')}`);
    if (m.topics.length) lines.push(`      topics: ${m.topics.join(', ')}`);
    if (m.regions.length) lines.push(`      regions: ${m.regions.join(', ')}`);
    lines.push(quoted(m.quote));
    if (m.dateQuote) lines.push(`      date from “${m.dateQuote}”`);
    for (const t of m.topicQuotes) lines.push(`      ${t.id}: “${t.quote}”`);
  }

  if (p.warnings.length) {
    lines.push('', '  Warnings');
    for (const w of p.warnings) lines.push(`    ! ${w}`);
  }
  return lines.join('\n');
}
