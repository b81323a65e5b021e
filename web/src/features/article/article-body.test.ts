import { describe, expect, it } from 'vitest';
import { articleBody } from './article-body';

const title = 'Visite de travail de M. Hammouchi aux Etats-Unis';

describe('the article as the reader sees it', () => {
  it('drops the collected page’s " date 2022-06 <title>" header line', () => {
    expect(articleBody(` date 2022-06 ${title}\n\njeudi, 16 juin, 2022\n\nRabat – Le Directeur`, title)).toBe('jeudi, 16 juin, 2022\n\nRabat – Le Directeur');
  });

  it('leaves a text without that line as it is', () => {
    expect(articleBody('Rabat – Le Directeur\n\ndate 2022-06', title)).toBe('Rabat – Le Directeur\n\ndate 2022-06');
  });
});
