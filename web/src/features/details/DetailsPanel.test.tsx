// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { GraphEdge } from '@contract/model';
import type { CanvasGraph } from '../../graph/canvas-graph';
import { renderWithQueries, useRealApi } from '../../test/real-api';
import { DetailsPanel, type DetailsActions } from './DetailsPanel';

const emptyGraph: CanvasGraph = { nodes: new Map(), edges: new Map() };
const actions = (): DetailsActions => ({
  onExpand: vi.fn(),
  onConnectInTime: vi.fn(),
  onHide: vi.fn(),
  onRemove: vi.fn(),
  onPin: vi.fn(),
  onSelect: vi.fn(),
  onWhoMet: vi.fn(),
  onExpandWithMet: vi.fn(),
  onConnectStart: vi.fn(),
  onConnect: vi.fn(),
  onOpenArticle: vi.fn(),
});

describe('the details panel', () => {
  useRealApi();

  it('shows a person’s titles, spellings, organizations, meetings and the quotes behind them', async () => {
    const handlers = actions();
    renderWithQueries(<DetailsPanel selected="person:avril-haines" graph={emptyGraph} expanded={false} pinned={false} connectFrom={undefined} {...handlers} />);
    expect(await screen.findByRole('heading', { name: 'Avril Haines' })).toBeInTheDocument();
    expect(screen.getByText('Avril Hainse')).toBeInTheDocument();
    expect(screen.getByText('Directrice du renseignement national')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'ODNI' })).toBeInTheDocument();
    expect(screen.getByText(/13–14 June 2022/)).toBeInTheDocument();

    const sources = screen.getByRole('region', { name: 'Sources' });
    const quote = within(sources).getByRole('button', { name: /« Mme Avril Hainse, Directrice du renseignement national américain »/ });
    await userEvent.click(quote);
    expect(handlers.onOpenArticle).toHaveBeenCalledWith('article:004-hammouchi-etats-unis', 'Mme Avril Hainse, Directrice du renseignement national américain');
  });

  it('offers the actions on a node and connects two chosen nodes', async () => {
    const handlers = actions();
    renderWithQueries(<DetailsPanel selected="person:eric-snoek" graph={emptyGraph} expanded pinned={false} connectFrom="person:christopher-wray" {...handlers} />);
    await screen.findByRole('heading', { name: 'Eric Snoek' });
    expect(screen.getByRole('button', { name: 'Expand' })).toBeDisabled();
    await userEvent.click(screen.getByRole('button', { name: 'Pin' }));
    expect(handlers.onPin).toHaveBeenCalledWith('person:eric-snoek');
    await userEvent.click(screen.getByRole('button', { name: 'Connect to here' }));
    expect(handlers.onConnect).toHaveBeenCalledWith('person:christopher-wray', 'person:eric-snoek');
  });

  it('describes a meeting with its date at the precision the article gives', async () => {
    renderWithQueries(<DetailsPanel selected="meeting:2024-12-belgique" graph={emptyGraph} expanded={false} pinned={false} connectFrom={undefined} {...actions()} />);
    expect(await screen.findByText('December 2024')).toBeInTheDocument();
    expect(screen.getByText(/2025-2026 joint action plan/)).toBeInTheDocument();
  });

  it('shows a link’s quotes when an edge is selected', () => {
    const edge: GraphEdge = {
      id: 'e1',
      type: 'MEMBER_OF',
      source: 'person:a',
      target: 'org:b',
      title: 'Directeur',
      sources: [{ articleId: 'article:x', quote: 'M. A, directeur de B' }],
    };
    const graph: CanvasGraph = {
      nodes: new Map([
        ['person:a', { id: 'person:a', meetings: 0, record: { type: 'Person', id: 'person:a', label: 'A', name: 'A', aliases: [], titles: [] } }],
        ['org:b', { id: 'org:b', meetings: 0, record: { type: 'Organization', id: 'org:b', label: 'B', name: 'B', aliases: [], kind: 'police' } }],
      ]),
      edges: new Map([['e1', { id: 'e1', source: 'person:a', target: 'org:b', type: 'MEMBER_OF', record: edge }]]),
    };
    renderWithQueries(<DetailsPanel selected="e1" graph={graph} expanded={false} pinned={false} connectFrom={undefined} {...actions()} />);
    expect(screen.getByText('Title: Directeur')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '« M. A, directeur de B »' })).toBeInTheDocument();
  });
});
