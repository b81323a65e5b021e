import type { Node } from 'neo4j-driver';
import type { ArticleDoc } from '../../contract/model';
import { NotFoundError } from '../errors';
import { plain } from './records';
import type { RunCypher } from './run-cypher';
import { STATEMENTS } from './statements';

/** An article with its full text (kept on the node, which toGraphNode leaves out of graph replies). */
export async function article(run: RunCypher, id: string): Promise<ArticleDoc> {
  const [record] = await run(STATEMENTS.article, { id });
  if (!record) throw new NotFoundError('article', id);
  const props = plain((record.get('a') as Node).properties) as ArticleDoc & Record<string, unknown>;
  return {
    id: props.id,
    title: props.title,
    published: props.published,
    precision: props.precision,
    ...(props.publisher ? { publisher: props.publisher } : {}),
    ...(props.url ? { url: props.url } : {}),
    text: props.text ?? '',
  };
}
