import type { SourceRef } from '@contract/results';
import type { DetailsActions } from './details-types';

/** The articles' own words behind what is selected, grouped by article. */
export function Sources({ sources, onOpenArticle }: { sources: SourceRef[]; onOpenArticle: DetailsActions['onOpenArticle'] }) {
  if (sources.length === 0) return null;
  const byArticle = new Map<string, SourceRef[]>();
  for (const source of sources) byArticle.set(source.articleId, [...(byArticle.get(source.articleId) ?? []), source]);
  return (
    <section className="sources" aria-label="Sources">
      <h3>What the articles say</h3>
      {[...byArticle].map(([articleId, quotes]) => (
        // Open when there is one article; a hub's dozens of quotes from many stay one click away, or the panel runs pages long.
        <details key={articleId} className="source-article" open={byArticle.size === 1}>
          <summary>
            <span className="article-title">{quotes[0]!.articleTitle}</span> <span className="count">{dedupe(quotes).length} quote{dedupe(quotes).length === 1 ? '' : 's'}</span>
          </summary>
          <button type="button" className="link open-article" onClick={() => onOpenArticle(articleId)}>Open the article</button>
          <ul>
            {dedupe(quotes).map((q) => (
              <li key={`${q.edgeId}|${q.quote}`}>
                <blockquote>
                  <button type="button" className="quote" title="Show in the article" onClick={() => onOpenArticle(articleId, q.quote)}>« {q.quote} »</button>
                </blockquote>
                <span className="muted">{q.relation.replaceAll('_', ' ').toLowerCase()}</span>
              </li>
            ))}
          </ul>
        </details>
      ))}
    </section>
  );
}

function dedupe(quotes: SourceRef[]): SourceRef[] {
  const seen = new Set<string>();
  return quotes.filter((q) => (seen.has(q.quote) ? false : (seen.add(q.quote), true)));
}

