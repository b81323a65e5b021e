import type { GraphNode } from '@contract/model';
import { countryName } from '../../format/countries';
import { formatDate } from '../../format/dates';

/** A node's own properties, by type. */
export function NodeFacts({ node }: { node: GraphNode }) {
  switch (node.type) {
    case 'Person':
      return (
        <dl>
          {node.titles.length > 0 && <><dt>Titles</dt><dd>{node.titles.join(' · ')}</dd></>}
          {node.aliases.length > 0 && <><dt>Also written</dt><dd>{node.aliases.join(', ')}</dd></>}
        </dl>
      );
    case 'Organization':
      return (
        <dl>
          <dt>Name</dt><dd>{node.name}</dd>
          {node.country && <><dt>Country</dt><dd>{countryName(node.country)}</dd></>}
          <dt>Kind</dt><dd>{node.kind}</dd>
          {node.aliases.length > 0 && <><dt>Also written</dt><dd>{node.aliases.join(', ')}</dd></>}
        </dl>
      );
    case 'Meeting':
      return (
        <dl>
          <dt>When</dt><dd>{formatDate(node.date, node.precision, node.dateEnd)}</dd>
          <dt>Where</dt><dd>{[node.city, countryName(node.country)].filter(Boolean).join(', ')}</dd>
          <dt>Kind</dt><dd>{node.kind}</dd>
          <dt>Summary</dt><dd>{node.summary}</dd>
        </dl>
      );
    case 'Country':
      return <dl><dt>Names</dt><dd>{node.nameFr} · {node.nameEn} ({node.code})</dd></dl>;
    case 'Article':
      return <dl><dt>Published</dt><dd>{formatDate(node.published, node.precision)}{node.publisher ? ` · ${node.publisher}` : ''}</dd></dl>;
    case 'Agreement':
      return node.period ? <dl><dt>Period</dt><dd>{node.period}</dd></dl> : null;
    default:
      return null;
  }
}

