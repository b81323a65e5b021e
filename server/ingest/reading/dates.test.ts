import { describe, expect, it } from 'vitest';
import { findDateExpressions } from './dates';

describe('relative day words', () => {
  it("reads 'aujourd'hui et demain' in an article dated only by month as that month", () => {
    const found = findDateExpressions("La DGSN coorganise aujourd'hui et demain la 3ème Assemblée générale.", { value: '2019-10', precision: 'month', from: 'date 2019-10' });
    expect(found.length).toBeGreaterThan(0);
    for (const d of found) expect(d).toMatchObject({ value: '2019-10', precision: 'month' });
  });

  it("reads 'hier' in an article dated to the day as the day before", () => {
    const [d] = findDateExpressions('Le ministre est arrivé hier à Rabat.', { value: '2019-05-23', precision: 'day', from: 'x' });
    expect(d).toMatchObject({ value: '2019-05-22', precision: 'day' });
  });
});

describe('a weekday against the article date', () => {
  it("reads 'a reçu jeudi' in a Monday's article as the Thursday before, and 'jeudi prochain' as the one after", () => {
    const monday = { value: '2023-06-12', precision: 'day' as const, from: 'x' };
    expect(findDateExpressions('Il a reçu jeudi une délégation.', monday)[0]).toMatchObject({ value: '2023-06-08' });
    expect(findDateExpressions('Il a reçu ce lundi une délégation.', monday)[0]).toMatchObject({ value: '2023-06-12' });
    expect(findDateExpressions('Il se rendra jeudi prochain à Rabat.', monday)[0]).toMatchObject({ value: '2023-06-22' });
  });
});

describe('a month or a day without its year', () => {
  const december = { value: '2024-12', precision: 'month' as const, from: 'date 2024-12' };
  it("reads 'En janvier, il a reçu …' in a December 2024 article as January 2024", () => {
    expect(findDateExpressions('En janvier, il a reçu le directeur du FBI.', december)[0]).toMatchObject({ value: '2024-01', precision: 'month' });
  });

  it("reads 'Le 3 mars' in a December 2024 article as March 2024, not the coming March", () => {
    expect(findDateExpressions('Le 3 mars, il a reçu le directeur du FBI.', december)[0]).toMatchObject({ value: '2024-03-03' });
  });
});

describe('two days off', () => {
  it("reads 'avant-hier' as two days before the article, and 'après-demain' as two days after", () => {
    const day = { value: '2019-05-23', precision: 'day' as const, from: 'x' };
    expect(findDateExpressions('Le ministre est arrivé avant-hier à Rabat.', day)[0]).toMatchObject({ value: '2019-05-21', precision: 'day' });
    expect(findDateExpressions('Le ministre repartira après-demain.', day)[0]).toMatchObject({ value: '2019-05-25', precision: 'day' });
  });
});

describe('a range with its weekdays', () => {
  it("reads 'du mardi 28 au jeudi 30 juin 2022' as the 28th to the 30th, not as a Tuesday of the article's month", () => {
    const july = { value: '2022-07', precision: 'month' as const, from: 'date 2022-07' };
    const found = findDateExpressions('Le Bénin a abrité durant trois jours ( du mardi 28 au jeudi 30 juin 2022), la conférence.', july);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ value: '2022-06-28', dateEnd: '2022-06-30', precision: 'day' });
  });
});
