import type { EntityMatch, Proposal } from '@contract/proposal';
import { TOPICS } from '@contract/topics';
import { formatDate } from '../../format/dates';
import { isUnsureMerge } from './review-checks';

interface ProposalReviewProps {
  proposal: Proposal;
  excluded: ReadonlySet<string>;
  onToggle: (key: string) => void;
}

function Status({ status, match, name }: { status: 'new' | 'known'; match: EntityMatch | undefined; name: string }) {
  if (status === 'new') return <span className="badge new">new</span>;
  const as = match && match.name !== name ? ` = ${match.name}` : '';
  return (
    <>
      <span className="badge known" title={match?.reasons.join(', ')}>
        known{as}
        {match ? ` · ${match.score.toFixed(2)}` : ''}
      </span>
      {/* A merge the name alone does not settle: the reviewer confirms it or unticks the fact. */}
      {isUnsureMerge(match) && (
        <>
          {' '}
          <span className="badge unsure" title={match!.reasons.join(', ')}>
            check this merge
          </span>
        </>
      )}
    </>
  );
}

function Fact({ id, checked, onToggle, children, quote }: { id: string; checked: boolean; onToggle: () => void; children: React.ReactNode; quote: string }) {
  return (
    <li className={checked ? 'fact' : 'fact left-out'}>
      <label>
        <input type="checkbox" checked={checked} onChange={onToggle} aria-describedby={`${id}-quote`} />
        <span className="fact-body">{children}</span>
      </label>
      <blockquote id={`${id}-quote`}>« {quote} »</blockquote>
    </li>
  );
}

/** Every proposed fact with its quote and how it resolved; unticking leaves it out. */
export function ProposalReview({ proposal, excluded, onToggle }: ProposalReviewProps) {
  const { article, warnings, countries } = proposal;
  return (
    <div className="proposal">
      <p className="proposal-article">
        <strong>{article.title}</strong>
        <span className="muted">
          {article.published && article.precision ? ` · ${formatDate(article.published, article.precision)}` : ' · no date'}
          {article.publisher ? ` · ${article.publisher}` : ''}
          {article.status === 'known' ? ' · already in the graph' : ''}
        </span>
      </p>
      {warnings.length > 0 && (
        <ul className="warnings" aria-label="Warnings">
          {warnings.map((w) => (
            <li key={w}>{w}</li>
          ))}
        </ul>
      )}
      <PeopleFacts proposal={proposal} excluded={excluded} onToggle={onToggle} />
      <OrganizationFacts proposal={proposal} excluded={excluded} onToggle={onToggle} />
      <p className="muted">Countries: {countries.join(', ') || 'none'}</p>
      <MeetingFacts proposal={proposal} excluded={excluded} onToggle={onToggle} />
    </div>
  );
}

function PeopleFacts({ proposal: { persons }, excluded, onToggle }: ProposalReviewProps) {
  return (
    <section aria-label="People">
      <h3>People ({persons.length})</h3>
      <ul>
        {persons.map((p) => (
          <Fact key={p.key} id={p.key} checked={!excluded.has(p.key)} onToggle={() => onToggle(p.key)} quote={p.quote}>
            <strong>{p.name}</strong> <Status status={p.status} match={p.match} name={p.name} />
            {p.title && <span className="muted"> · {p.title}</span>}
          </Fact>
        ))}
      </ul>
    </section>
  );
}

function OrganizationFacts({ proposal: { organizations }, excluded, onToggle }: ProposalReviewProps) {
  return (
    <section aria-label="Organizations">
      <h3>Organizations ({organizations.length})</h3>
      <ul>
        {organizations.map((o) => (
          <Fact key={o.key} id={o.key} checked={!excluded.has(o.key)} onToggle={() => onToggle(o.key)} quote={o.quote}>
            <strong>{o.acronym ?? o.name}</strong> <Status status={o.status} match={o.match} name={o.name} />
            <span className="muted">
              {o.acronym ? ` · ${o.name}` : ''}
              {o.country ? ` · ${o.country}` : ''}
            </span>
          </Fact>
        ))}
      </ul>
    </section>
  );
}

function MeetingFacts({ proposal: { meetings }, excluded, onToggle }: ProposalReviewProps) {
  return (
    <section aria-label="Meetings">
      <h3>Meetings ({meetings.length})</h3>
      <ul>
        {meetings.map((m) => (
          <Fact key={m.key} id={m.key} checked={!excluded.has(m.key)} onToggle={() => onToggle(m.key)} quote={m.quote}>
            <strong>{m.title}</strong> <Status status={m.status} match={m.match} name={m.title} />
            <span className="muted">
              {' · '}
              {m.date && m.precision ? formatDate(m.date, m.precision, m.dateEnd) : 'undated'}
              {' · '}
              {[m.city, m.country].filter(Boolean).join(', ') || 'no place'} · {m.kind}
            </span>
            <br />
            <span className="attendees">{m.attendees.map((a) => `${a.name} (${a.role})`).join(', ')}</span>
            {m.topics.length > 0 && <span className="topics"> · {m.topics.map((t) => TOPICS[t].en).join(', ')}</span>}
          </Fact>
        ))}
      </ul>
    </section>
  );
}
