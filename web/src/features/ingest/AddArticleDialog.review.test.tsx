// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderWithQueries, useRealApi } from '../../test/real-api';
import { AddArticleDialog } from './AddArticleDialog';

/** Answers come from the real server (analysis in a worker): a loaded machine needs more than the default second. */
const SERVER = { timeout: 15_000 };
const fixture = (name: string) => readFileSync(join(import.meta.dirname, '../../../../server/ingest/fixtures', name), 'utf8');
const paste = (text: string) => fireEvent.change(screen.getByLabelText('Article text'), { target: { value: text } });
const propose = async () => userEvent.click(screen.getByRole('button', { name: 'Propose facts' }));

/** An article that names Hammouchi by surname only: the graph's Abdellatif Hammouchi, but the name alone does not settle it. */
const SURNAME_ONLY =
  ' date 2024-06 Lors de cette visite (26-28 juin), Hammouchi a eu des entretiens avec Celine Berthon, directrice générale de la Sécurité intérieure (DGSI).\n\n' +
  'Hammouchi était accompagné d’une importante délégation.';

describe('reviewing a proposal before accepting it', () => {
  useRealApi();

  it('asks for no date when the text gives one', async () => {
    renderWithQueries(<AddArticleDialog onClose={vi.fn()} onExplore={vi.fn()} />);
    paste(fixture('bruxelles-2025.txt'));
    await propose();
    await screen.findByRole('region', { name: 'People' }, SERVER);
    expect(screen.queryByRole('textbox', { name: /Article date/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Before you can accept' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: /^Accept \d+ facts$/ })).toBeEnabled();
  });

  it('says a date typed wrong is not a date, and keeps Accept back', async () => {
    renderWithQueries(<AddArticleDialog onClose={vi.fn()} onExplore={vi.fn()} />);
    paste(fixture('bruxelles-2025.txt').replace(' date 2025-02 ', ''));
    await propose();
    await userEvent.type(await screen.findByRole('textbox', { name: /Article date/ }, SERVER), '12/02/2025');
    expect(screen.getByRole('region', { name: 'Before you can accept' })).toHaveTextContent('“12/02/2025” is not a date');
    expect(screen.getByRole('textbox', { name: /Article date/ })).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByRole('button', { name: /^Accept/ })).toBeDisabled();
  });

  it('marks a merge resolution is unsure of with "check this merge"', async () => {
    renderWithQueries(<AddArticleDialog onClose={vi.fn()} onExplore={vi.fn()} />);
    paste(SURNAME_ONLY);
    await propose();
    const people = await screen.findByRole('region', { name: 'People' }, SERVER);
    const hammouchi = within(people).getByText('Hammouchi').closest('li')!;
    expect(within(hammouchi).getByText('check this merge')).toBeInTheDocument();
    expect(within(hammouchi).getByText(/known = Abdellatif Hammouchi/)).toBeInTheDocument();
    expect(within(people).getByText('Celine Berthon').closest('li')).not.toHaveTextContent('check this merge');
    expect(screen.getByRole('note')).toHaveTextContent('Check this merge before accepting (untick a fact to keep it apart): Hammouchi = Abdellatif Hammouchi.');
  });

  it('takes several files at once and proposes each in turn', async () => {
    renderWithQueries(<AddArticleDialog onClose={vi.fn()} onExplore={vi.fn()} />);
    const files = [new File([fixture('bruxelles-2025.txt')], 'bruxelles.txt', { type: 'text/plain' }), new File([fixture('lisbonne-2024.txt')], 'lisbonne.txt', { type: 'text/plain' })];
    const input = screen.getByLabelText('Load .txt files');
    expect(input).toHaveAttribute('multiple');
    await userEvent.upload(input, files);

    const queue = await screen.findByRole('navigation', { name: 'Files' }, SERVER);
    expect(queue).toHaveTextContent('File 1 of 2: bruxelles.txt');
    expect(await within(await screen.findByRole('region', { name: 'People' }, SERVER)).findByText('Annelies Verlinden', undefined, SERVER)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: /^Accept \d+ facts$/ }));
    await screen.findByRole('status', undefined, SERVER);

    await userEvent.click(screen.getByRole('button', { name: 'Next file: lisbonne.txt' }));
    expect(screen.getByRole('navigation', { name: 'Files' })).toHaveTextContent('File 2 of 2: lisbonne.txt');
    const people = await screen.findByRole('region', { name: 'People' }, SERVER);
    expect(within(people).queryByText('Annelies Verlinden')).not.toBeInTheDocument();
    expect(screen.getByLabelText('Article text')).toHaveValue(fixture('lisbonne-2024.txt'));
  });
});
