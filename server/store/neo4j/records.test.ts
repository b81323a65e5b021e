import neo4j, { Node, Relationship } from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import type { MeetingNode, OrganizationNode, PersonNode } from '../../contract/model';
import { indexedNames, nodeProperties, plain, relationshipRow, toGraphEdge, toGraphNode } from './records';

const meetingProps = {
  id: 'meeting:2022-06-13-etats-unis-wray',
  type: 'Meeting',
  label: "États-Unis d'Amérique · 2022-06-13",
  date: '2022-06-13',
  precision: 'day',
  dateEnd: '2022-06-14',
  dateFrom: '2022-06-13',
  dateTo: '2022-06-14',
  year: neo4j.int(2022),
  country: 'US',
  kind: 'working-session',
  summary: 'Working session with the FBI director.',
  names: '',
};

describe('mapping Neo4j records to API records', () => {
  it('turns a driver Node into a plain meeting, integers as numbers, storage-only fields dropped', () => {
    const node = new Node(neo4j.int(7), ['Node', 'Meeting'], meetingProps, '4:abc:7');
    const meeting = toGraphNode(node) as MeetingNode;
    expect(meeting.year).toBe(2022);
    expect(typeof meeting.year).toBe('number');
    expect(meeting).not.toHaveProperty('names');
    expect(meeting).toMatchObject({ type: 'Meeting', dateEnd: '2022-06-14', country: 'US' });
  });

  it('turns a driver Relationship into an edge with its sources zipped back together', () => {
    const rel = new Relationship(
      neo4j.int(3),
      neo4j.int(1),
      neo4j.int(7),
      'ATTENDED',
      {
        id: 'person:christopher-wray-ATTENDED->meeting:x',
        role: 'host',
        sourceArticles: ['article:004', 'article:004'],
        sourceQuotes: ['M. Christopher Wray, directeur du FBI', 'eu des entretiens avec'],
      },
      '5:abc:3',
      '4:abc:1',
      '4:abc:7',
    );
    const edge = toGraphEdge(rel, 'person:christopher-wray', 'meeting:x');
    expect(edge).toEqual({
      id: 'person:christopher-wray-ATTENDED->meeting:x',
      type: 'ATTENDED',
      source: 'person:christopher-wray',
      target: 'meeting:x',
      role: 'host',
      sources: [
        { articleId: 'article:004', quote: 'M. Christopher Wray, directeur du FBI' },
        { articleId: 'article:004', quote: 'eu des entretiens avec' },
      ],
    });
  });

  it('refuses a node whose type is not in the model', () => {
    const node = new Node(neo4j.int(1), ['Node'], { id: 'x', type: 'Spaceship' }, '4:abc:1');
    expect(() => toGraphNode(node)).toThrow(/no known type/);
  });

  it('converts integers nested in lists and maps', () => {
    expect(plain({ years: [{ year: neo4j.int(2024), count: neo4j.int(2) }] })).toEqual({ years: [{ year: 2024, count: 2 }] });
  });

  it("indexes names as the words a query is cut into, so \"surete de l etat\" finds \"Sûreté de l’État\"", () => {
    const org: OrganizationNode = { type: 'Organization', id: 'org:vsse', label: 'Sûreté de l’État', name: 'Sûreté de l’État', acronym: 'VSSE', aliases: ["Sécurité de l'État"], kind: 'intelligence' };
    expect(indexedNames(org)).toBe('vsse | surete de l etat | securite de l etat');
  });

  it('writes what it reads back: properties and relationship rows round-trip', () => {
    const person: PersonNode = { type: 'Person', id: 'person:a', label: 'A', name: 'A', aliases: ['Ay'], titles: [] };
    const written = nodeProperties(person);
    expect(written.names).toBe('a | ay');
    expect(toGraphNode(new Node(neo4j.int(1), ['Node', 'Person'], written, '4:x:1'))).toEqual(person);
    const edge = { id: 'e', type: 'MEMBER_OF' as const, source: 'person:a', target: 'org:b', title: 'Chef', sources: [{ articleId: 'article:1', quote: 'q' }] };
    const row = relationshipRow(edge);
    const { id, title, sourceArticles, sourceQuotes } = row;
    expect(toGraphEdge(new Relationship(neo4j.int(1), neo4j.int(1), neo4j.int(2), 'MEMBER_OF', { id, title, sourceArticles, sourceQuotes }, '5:x:1', '4:x:1', '4:x:2'), 'person:a', 'org:b')).toEqual(edge);
  });
});
