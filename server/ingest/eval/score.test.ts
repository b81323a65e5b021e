import { describe, expect, it } from 'vitest';
import type { Proposal, ProposedMeeting } from '../../contract/proposal';
import type { GoldArticle, GoldMeeting } from './gold';
import { samePerson } from './names';
import { dateAgrees, f1, scoreArticle } from './score';

const meeting = (participants: string[], extra: Partial<ProposedMeeting> = {}): ProposedMeeting => ({
  key: 'm',
  id: 'meeting:x',
  status: 'new',
  kind: 'bilateral',
  title: '',
  participants,
  organizations: [],
  topics: [],
  regions: [],
  attendees: [],
  topicQuotes: [],
  regionQuotes: [],
  quote: '',
  ...extra,
});
const proposal = (meetings: ProposedMeeting[], extra: Partial<Proposal> = {}): Proposal => ({
  article: { id: 'article:a', status: 'new', title: 'a' },
  persons: [],
  organizations: [],
  countries: [],
  meetings,
  warnings: [],
  ...extra,
});
const person = (name: string, aliases: string[] = []) => ({ name, aliases });
const gold = (meetings: GoldMeeting[], extra: Partial<GoldArticle> = {}): GoldArticle => ({
  articleId: 'article:a',
  text: '',
  published: '2024-01-01',
  persons: [],
  organizations: [],
  countries: [],
  meetings,
  ...extra,
});
const goldMeeting = (persons: string[], extra: Partial<GoldMeeting> = {}): GoldMeeting => ({
  id: 'meeting:g',
  date: '2024-12',
  persons: persons.map((p) => person(p)),
  organizations: [],
  topics: [],
  ...extra,
});

describe('scoring a proposal against the curated facts', () => {
  it('finds a meeting only where one proposed meeting holds all its people, and counts one-party meetings against precision', () => {
    const g = gold([goldMeeting(['Abdellatif Hammouchi', 'Eric Snoek'])]);
    const split = scoreArticle(proposal([meeting(['Abdellatif Hammouchi']), meeting(['Eric Snoek'])]), g);
    expect(split.counts.meetings).toEqual({ tp: 0, fp: 2, fn: 1 });
    const one = scoreArticle(proposal([meeting(['Abdellatif Hammouchi', 'Eric Snoek', 'Jan Jambon'])]), g);
    expect(one.counts.meetings).toEqual({ tp: 1, fp: 0, fn: 0 });
  });

  it('finds a meeting that names no one by its agencies', () => {
    const g = gold([goldMeeting([], { organizations: [{ name: 'Policía Nacional', aliases: ['police nationale espagnole'] }] })]);
    const found = proposal([meeting([], { organizations: ['Police nationale espagnole'] })], {
      organizations: [{ key: 'o1', id: 'org:x', status: 'new', name: 'Police nationale espagnole', kind: 'police', quote: '' }],
    });
    expect(scoreArticle(found, g).counts.meetings.tp).toBe(1);
    expect(scoreArticle(proposal([meeting([], { organizations: ['Guardia Civil'] })]), g).counts.meetings).toEqual({ tp: 0, fp: 1, fn: 1 });
  });

  it('takes a date as right at the curated precision, not coarser', () => {
    expect(dateAgrees('2024-12-05', '2024-12')).toBe(true);
    expect(dateAgrees('2024-12', '2024-12')).toBe(true);
    expect(dateAgrees('2024', '2024-12')).toBe(false);
    expect(dateAgrees('2024-11-25', '2024-12')).toBe(false);
    expect(dateAgrees(undefined, '2024')).toBe(false);
    const g = gold([goldMeeting(['A B', 'C D'], { date: '2024-11-25' })]);
    expect(scoreArticle(proposal([meeting(['A B', 'C D'], { date: '2024-11' })]), g).dates).toEqual({ found: 1, right: 0 });
  });

  it('pairs two meetings of the same people by their dates, whatever order the curated facts list them in', () => {
    const g = gold([goldMeeting(['A B', 'C D'], { id: 'meeting:first', date: '2022-06-13' }), goldMeeting(['A B', 'C D'], { id: 'meeting:second', date: '2023-02-21' })]);
    const p = proposal([meeting(['A B', 'C D'], { key: 'm1', date: '2023-02-21' }), meeting(['A B', 'C D'], { key: 'm2', date: '2022-06' })]);
    expect(scoreArticle(p, g).dates).toEqual({ found: 2, right: 1 });
  });

  it('scores topics meeting by meeting, on the meetings found only', () => {
    const g = gold([
      goldMeeting(['A B', 'C D'], { topics: ['terrorism', 'cybercrime'] }),
      goldMeeting(['E F', 'G H'], { id: 'meeting:h', topics: ['training'] }),
    ]);
    const p = proposal([meeting(['A B', 'C D'], { topics: ['terrorism', 'training'] })]);
    expect(scoreArticle(p, g).counts.topics).toEqual({ tp: 1, fp: 1, fn: 1 });
  });

  it('counts a person named by surname alone or by a curated alias, never a different person', () => {
    expect(samePerson('Hammouchi', person('Abdellatif Hammouchi'))).toBe(true);
    expect(samePerson('Abdellatif HAMMOUCHI', person('Abdellatif Hammouchi'))).toBe(true);
    expect(samePerson('Francesca Posten', person('Francisca Bostyn', ['Francesca Posten']))).toBe(true);
    expect(samePerson('Abdellatif', person('Abdellatif Hammouchi'))).toBe(false);
    expect(samePerson('Eric Snoek', person('Abdellatif Hammouchi'))).toBe(false);
  });

  it('gives F1 from counts, and 1 where there was nothing to find and nothing proposed', () => {
    expect(f1({ tp: 2, fp: 2, fn: 0 }).f1).toBeCloseTo(2 / 3);
    expect(f1({ tp: 0, fp: 0, fn: 0 }).f1).toBe(1);
  });
});
