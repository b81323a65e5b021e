import { describe, expect, it } from 'vitest';
import { parseView, serializeView } from './url';
import { EMPTY_VIEW, type ViewState } from './view';

describe('the view in the URL', () => {
  it('round-trips everything a researcher can set', () => {
    const view: ViewState = {
      expanded: [{ id: 'person:abdellatif-hammouchi', pages: 1 }, { id: 'org:fbi', pages: 3 }],
      removed: ['article:004-hammouchi-etats-unis'],
      hidden: ['country:US'],
      pinned: ['person:christopher-wray'],
      selected: 'person:christopher-wray',
      path: ['person:christopher-wray', 'person:francisca-bostyn'],
      filters: { from: 2022, to: 2024, topics: ['cybercrime', 'terrorism'], types: ['Person', 'Meeting'] },
      layout: 'timeline',
      mode: 'whomet',
      sizeBy: 'pagerank',
      colourBy: 'community',
      compare: ['2024', '2025'],
      timedPath: ['person:christopher-wray', 'person:francisca-bostyn'],
    };
    const query = serializeView(view);
    expect(query).toContain('expand=person:abdellatif-hammouchi,org:fbi*3');
    expect(parseView(query)).toEqual(view);
  });

  it('round-trips the time bar\'s months and compare mode\'s two periods', () => {
    const view: ViewState = { ...EMPTY_VIEW, filters: { from: '2024-03', to: '2024-06', topics: [], types: [] }, mode: 'compare', compare: ['2022-2023', '2024-03..2024-08'] };
    const query = serializeView(view);
    expect(query).toContain('from=2024-03&to=2024-06');
    expect(parseView(query)).toEqual(view);
  });

  it('keeps links short: an empty view is an empty query', () => {
    expect(serializeView(EMPTY_VIEW)).toBe('');
    expect(parseView('')).toEqual(EMPTY_VIEW);
  });

  it('drops what is malformed instead of failing', () => {
    const view = parseView('?from=last-year&to=2024&topics=cybercrime,piracy&types=Person,Spaceship&layout=spiral&mode=odd&path=a&expand=x*zz');
    expect(view.filters).toEqual({ to: 2024, topics: ['cybercrime'], types: ['Person'] });
    expect(view.layout).toBe('fcose');
    expect(view.mode).toBe('graph');
    expect(view.path).toBeUndefined();
    expect(view.expanded).toEqual([{ id: 'x', pages: 1 }]);
  });
});
