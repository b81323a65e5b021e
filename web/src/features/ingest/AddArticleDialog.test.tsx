// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderWithQueries, useRealApi } from '../../test/real-api';
import { AddArticleDialog } from './AddArticleDialog';

/** Answers come from the real server (analysis in a worker): a loaded machine needs more than the default second. */
const SERVER = { timeout: 15_000 };
const fixture = (name: string) => readFileSync(join(import.meta.dirname, '../../../../server/ingest/fixtures', name), 'utf8');

/** Typing a whole article key by key takes seconds in jsdom; a paste is one change. */
const paste = (text: string) => fireEvent.change(screen.getByLabelText('Article text'), { target: { value: text } });

describe('the Add article dialog', () => {
  useRealApi();

  it('proposes each fact with its quote, lets the reviewer leave one out, and accepts the rest', async () => {
    const onExplore = vi.fn();
    renderWithQueries(<AddArticleDialog onClose={vi.fn()} onExplore={onExplore} />);
    paste(fixture('interpol-2024.txt'));
    await userEvent.click(screen.getByRole('button', { name: 'Propose facts' }));

    const people = await screen.findByRole('region', { name: 'People' }, SERVER);
    expect(within(people).getByText('Abdellatif Hammouchi')).toBeInTheDocument();
    expect(within(people).getAllByText(/^known/)[0]).toBeInTheDocument();
    expect(within(people).getByText('« Secrétaire général d\'Interpol, Jürgen Stock »')).toBeInTheDocument();

    const meetings = screen.getByRole('region', { name: 'Meetings' });
    expect(within(meetings).getAllByText(/13 May 2024/)).toHaveLength(2);
    const accept = screen.getByRole('button', { name: /^Accept \d+ facts$/ });
    const before = Number(/\d+/.exec(accept.textContent ?? '')![0]);
    await userEvent.click(within(meetings).getAllByRole('checkbox')[1]!);
    expect(screen.getByRole('button', { name: `Accept ${before - 1} facts` })).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: `Accept ${before - 1} facts` }));
    expect(await screen.findByRole('status', undefined, SERVER)).toHaveTextContent(/Added to the graph: \d+ nodes and \d+ relationships/);
    await userEvent.click(screen.getByRole('button', { name: 'Show in the graph' }));
    expect(onExplore).toHaveBeenCalledWith('meeting:2024-05-13-rabat-stock');
  });

  it('says truthfully that an article accepted a second time added nothing', async () => {
    const acceptOnce = async () => {
      const { unmount } = renderWithQueries(<AddArticleDialog onClose={vi.fn()} onExplore={vi.fn()} />);
      paste(fixture('bruxelles-2025.txt'));
      await userEvent.click(screen.getByRole('button', { name: 'Propose facts' }));
      await userEvent.click(await screen.findByRole('button', { name: /^Accept \d+ facts$/ }, SERVER));
      const status = (await screen.findByRole('status', undefined, SERVER)).textContent;
      unmount();
      return status;
    };
    expect(await acceptOnce()).toMatch(/^Added to the graph: \d+ nodes/);
    expect(await acceptOnce()).toMatch(/^Already in the graph: nothing was written\./);
  });

  it('says why a text cannot be read, next to the text', async () => {
    renderWithQueries(<AddArticleDialog onClose={vi.fn()} onExplore={vi.fn()} />);
    paste('The director of the FBI met the head of the Moroccan police in Washington on Monday to discuss terrorism and organised crime. '.repeat(3));
    await userEvent.click(screen.getByRole('button', { name: 'Propose facts' }));
    expect(await screen.findByRole('alert', undefined, SERVER)).toHaveTextContent(/the article is not in French/);
    expect(screen.getByLabelText('Article text')).toHaveAttribute('aria-invalid', 'true');
  });

  it('asks for the date of an undated page before it offers Accept, and re-dates the proposal as the date is typed', async () => {
    renderWithQueries(<AddArticleDialog onClose={vi.fn()} onExplore={vi.fn()} />);
    paste(fixture('bruxelles-2025.txt').replace(' date 2025-02 ', ''));
    await userEvent.click(screen.getByRole('button', { name: 'Propose facts' }));
    const missing = await screen.findByRole('region', { name: 'Before you can accept' }, SERVER);
    expect(missing).toHaveTextContent(/The article's date: the text gives none/);
    expect(screen.getByRole('button', { name: /^Accept/ })).toBeDisabled();

    await userEvent.type(screen.getByRole('textbox', { name: /Article date/ }), '2025-02-12');
    // Re-dated by the server: the article and its meetings now have the date, and Accept is offered.
    expect(await screen.findByText(/· 12 February 2025/, undefined, SERVER)).toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('button', { name: /^Accept \d+ facts$/ })).toBeEnabled(), SERVER);
    expect(screen.queryByRole('region', { name: 'Before you can accept' })).not.toBeInTheDocument();
  });
});
