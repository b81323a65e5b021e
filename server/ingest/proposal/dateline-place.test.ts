/** A meeting the text places nowhere but in its dateline. Short texts written for the test. */
import { describe, expect, it } from 'vitest';
import { createMemoryStore } from '../../store/memory/memory-store';
import { acceptArticle } from '../acceptance/accept';
import { proposeFacts } from './propose';

const FILED_IN_RABAT =
  'Rabat – Le Directeur général de la Sûreté nationale, Jean Dupont, a reçu mardi 3 juin 2025 le directeur de la police fédérale belge, Pierre Martin. ' +
  'Les deux responsables ont abordé la lutte contre le terrorisme.';

describe('a meeting placed by the dateline', () => {
  it("takes the place the article was filed from ('Rabat – …'), quoting the dateline, and is kept at Accept", async () => {
    const store = createMemoryStore();
    const p = await proposeFacts(FILED_IN_RABAT, store);
    expect(p.meetings).toMatchObject([{ city: 'Rabat', country: 'MA', placeQuote: 'Rabat' }]);
    expect(p.warnings.join(' ')).not.toMatch(/no place/);
    await acceptArticle(store, FILED_IN_RABAT);
    const page = await store.meetings({ limit: 10, offset: 0 });
    expect(page.rows.map((r) => r.city)).toEqual(['Rabat']);
  });

  it('keeps the place the sentence gives over the dateline', async () => {
    const p = await proposeFacts(FILED_IN_RABAT.replace('a reçu mardi 3 juin 2025', 'a reçu mardi 3 juin 2025 à Bruxelles'), createMemoryStore());
    expect(p.meetings).toMatchObject([{ city: 'Bruxelles', country: 'BE' }]);
  });
});
