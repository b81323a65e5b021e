/** The entities files as nodes (and the fixed topic vocabulary): an id defined twice is a problem. */
import type { GraphNode } from '../server/contract/model';
import { TOPICS, TOPIC_IDS, topicNodeId } from '../server/contract/topics';
import type { EntitiesFile } from './schema';
import { describe, type SeedBuild, type YamlPath } from './seed-build';

export function addTopics(build: SeedBuild) {
  for (const topic of TOPIC_IDS) {
    const names = TOPICS[topic];
    build.nodes.set(topicNodeId(topic), { type: 'Topic', id: topicNodeId(topic), label: names.en, nameFr: names.fr, nameEn: names.en });
  }
}

export function addEntities(build: SeedBuild, entities: EntitiesFile, file: string) {
  const define = (node: GraphNode, path: YamlPath) => {
    if (build.nodes.has(node.id)) build.problems.push({ file, path, fact: describe(path, node.id), reason: `id "${node.id}" is defined twice` });
    build.nodes.set(node.id, node);
  };
  entities.persons.forEach((p, i) => define({ type: 'Person', id: p.id, label: p.name, name: p.name, aliases: p.aliases, titles: [] }, ['persons', i]));
  entities.organizations.forEach((o, i) =>
    define(
      {
        type: 'Organization',
        id: o.id,
        label: o.acronym ?? o.name,
        name: o.name,
        aliases: o.aliases,
        kind: o.kind,
        ...(o.acronym ? { acronym: o.acronym } : {}),
      },
      ['organizations', i],
    ),
  );
  entities.regions.forEach((r, i) => define({ type: 'Region', id: r.id, label: r.name, name: r.name, aliases: r.aliases }, ['regions', i]));
  entities.agreements.forEach((a, i) =>
    define({ type: 'Agreement', id: a.id, label: a.name, name: a.name, ...(a.period ? { period: a.period } : {}) }, ['agreements', i]),
  );
}
