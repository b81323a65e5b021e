// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderWithQueries, useRealApi } from '../../test/real-api';
import { AddArticleDialog } from './AddArticleDialog';

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

    const people = await screen.findByRole('region', { name: 'People' });
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
    expect(await screen.findByRole('status')).toHaveTextContent(/Added to the graph: \d+ nodes and \d+ relationships/);
    await userEvent.click(screen.getByRole('button', { name: 'Show in the graph' }));
    expect(onExplore).toHaveBeenCalledWith('meeting:2024-05-13-rabat-stock');
  });

  it('says truthfully that an article accepted a second time added nothing', async () => {
    const acceptOnce = async () => {
      const { unmount } = renderWithQueries(<AddArticleDialog onClose={vi.fn()} onExplore={vi.fn()} />);
      paste(fixture('bruxelles-2025.txt'));
      await userEvent.click(screen.getByRole('button', { name: 'Propose facts' }));
      await userEvent.click(await screen.findByRole('button', { name: /^Accept \d+ facts$/ }));
      const status = (await screen.findByRole('status')).textContent;
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
    expect(await screen.findByRole('alert')).toHaveTextContent(/the article is not in French/);
    expect(screen.getByLabelText('Article text')).toHaveAttribute('aria-invalid', 'true');
  });

  it('asks for a date before accepting an undated page, and names the date field', async () => {
    renderWithQueries(<AddArticleDialog onClose={vi.fn()} onExplore={vi.fn()} />);
    paste(fixture('bruxelles-2025.txt').replace(' date 2025-02 ', ''));
    await userEvent.click(screen.getByRole('button', { name: 'Propose facts' }));
    expect(await screen.findByRole('list', { name: 'Warnings' })).toHaveTextContent(/no publication date found/);
    await userEvent.click(screen.getByRole('button', { name: /^Accept/ }));
    expect(await screen.findByRole('alert')).toHaveTextContent(/Date: the article has no date/);
  });
});
