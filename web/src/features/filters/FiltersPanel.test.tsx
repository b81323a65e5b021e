// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { Facets } from '@contract/results';
import { FiltersPanel } from './FiltersPanel';

const facets = {
  meetingsPerYear: [
    { year: 2022, count: 3 },
    { year: 2024, count: 2 },
  ],
  meetingsPerTopic: [
    { topic: 'terrorism', count: 9 },
    { topic: 'cybercrime', count: 5 },
    { topic: 'wanted_persons', count: 0 },
  ],
} as unknown as Facets;

describe('the filters', () => {
  it('draws a year range over the years that have meetings, gaps included', () => {
    render(<FiltersPanel filters={{ topics: [], types: [] }} facets={facets} onChange={() => {}} />);
    expect(screen.getByLabelText('Year from')).toHaveAttribute('min', '2022');
    expect(screen.getByLabelText('Year to')).toHaveAttribute('max', '2024');
    expect(document.querySelectorAll('.histogram .bar')).toHaveLength(3);
    expect(screen.getByText('2022–2024')).toBeInTheDocument();
  });

  it('narrows the years, and a click on a bar picks that year', async () => {
    const onChange = vi.fn();
    render(<FiltersPanel filters={{ topics: [], types: [] }} facets={facets} onChange={onChange} />);
    fireEvent.change(screen.getByLabelText('Year to'), { target: { value: '2022' } });
    expect(onChange).toHaveBeenLastCalledWith({ from: undefined, to: 2022 });
    await userEvent.click(screen.getByTitle(/^2024: 2 meeting/));
    expect(onChange).toHaveBeenLastCalledWith({ from: 2024, to: undefined });
  });

  it('lists threat topics with their meeting counts and toggles them', async () => {
    const onChange = vi.fn();
    render(<FiltersPanel filters={{ topics: ['terrorism'], types: [] }} facets={facets} onChange={onChange} />);
    const topics = screen.getByRole('group', { name: /Topics/ });
    expect(within(topics).getByLabelText(/Cybercrime/)).not.toBeChecked();
    expect(within(topics).getByText('5')).toBeInTheDocument();
    await userEvent.click(within(topics).getByLabelText(/Cybercrime/));
    expect(onChange).toHaveBeenLastCalledWith({ topics: ['terrorism', 'cybercrime'] });
    await userEvent.click(within(topics).getByRole('button', { name: 'clear' }));
    expect(onChange).toHaveBeenLastCalledWith({ topics: [] });
  });

  it('hides a node type by unticking it, and shows all again when all are ticked', async () => {
    const onChange = vi.fn();
    const { rerender } = render(<FiltersPanel filters={{ topics: [], types: [] }} facets={facets} onChange={onChange} />);
    await userEvent.click(screen.getByLabelText('Article'));
    const shown = onChange.mock.lastCall![0].types as string[];
    expect(shown).not.toContain('Article');
    expect(shown).toContain('Person');
    rerender(<FiltersPanel filters={{ topics: [], types: shown as never }} facets={facets} onChange={onChange} />);
    await userEvent.click(screen.getByLabelText('Article'));
    expect(onChange).toHaveBeenLastCalledWith({ types: [] });
  });
});
