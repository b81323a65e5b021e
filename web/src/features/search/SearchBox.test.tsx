// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderWithQueries, useRealApi } from '../../test/real-api';
import { SearchBox } from './SearchBox';

describe('the search box', () => {
  useRealApi();

  it('suggests Francisca Bostyn when the researcher types the article’s "Posten"', async () => {
    renderWithQueries(<SearchBox onChoose={() => {}} />);
    await userEvent.type(screen.getByRole('combobox', { name: 'Search' }), 'Posten');
    const option = await screen.findByRole('option', { name: /Francisca Bostyn/ });
    expect(option).toHaveTextContent('found as “Francesca Posten”');
    expect(option).toHaveTextContent('Person');
  });

  it('moves through suggestions with the arrow keys and chooses with Enter', async () => {
    const onChoose = vi.fn();
    renderWithQueries(<SearchBox onChoose={onChoose} />);
    const box = screen.getByRole('combobox', { name: 'Search' });
    await userEvent.type(box, 'Hammouchi');
    await waitFor(() => expect(screen.getAllByRole('option').length).toBeGreaterThan(1));
    expect(screen.getAllByRole('option')[0]).toHaveAttribute('aria-selected', 'true');
    await userEvent.keyboard('{ArrowDown}');
    expect(screen.getAllByRole('option')[1]).toHaveAttribute('aria-selected', 'true');
    await userEvent.keyboard('{ArrowUp}{Enter}');
    expect(onChoose).toHaveBeenCalledWith('person:abdellatif-hammouchi');
    expect(box).toHaveValue('');
  });

  it('says when nothing matches, and closes on Escape', async () => {
    renderWithQueries(<SearchBox onChoose={() => {}} />);
    const box = screen.getByRole('combobox', { name: 'Search' });
    await userEvent.type(box, 'zzqxv');
    expect(await screen.findByText('Nothing matches “zzqxv”.')).toBeInTheDocument();
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('listbox')).not.toBeInTheDocument();
    expect(box).toHaveAttribute('aria-expanded', 'false');
  });
});
