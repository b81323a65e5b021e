// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError, postJson } from '../../api/client';
import { WriteTokenPrompt } from './WriteTokenPrompt';

/** A server whose writes need "s3cret": 401 in the API's error shape otherwise. */
function serverWithToken() {
  const calls: (string | null)[] = [];
  vi.stubGlobal('fetch', async (_url: string, init: RequestInit) => {
    const auth = (init.headers as Record<string, string>).authorization ?? null;
    calls.push(auth);
    if (auth === 'Bearer s3cret') return new Response(JSON.stringify({ ok: true }), { status: 201 });
    return new Response(JSON.stringify({ error: { code: 'unauthorized', message: 'writes need Authorization: Bearer <LIAISON_WRITE_TOKEN>', field: 'authorization' } }), { status: 401 });
  });
  return calls;
}

beforeEach(() => sessionStorage.clear());
afterEach(() => vi.unstubAllGlobals());

describe('the write token', () => {
  it('is asked for once when a write is refused, sent again with the write, and kept for the tab', async () => {
    const calls = serverWithToken();
    render(<WriteTokenPrompt />);
    const first = postJson('/articles/accept', { text: 'x' });
    await userEvent.type(await screen.findByLabelText('Write token'), 's3cret');
    await userEvent.click(screen.getByRole('button', { name: 'Use token' }));
    await expect(first).resolves.toEqual({ ok: true });

    await expect(postJson('/articles/accept', { text: 'y' })).resolves.toEqual({ ok: true });
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(calls).toEqual([null, 'Bearer s3cret', 'Bearer s3cret']);
    expect(sessionStorage.getItem('liaison.writeToken')).toBe('s3cret');
  });

  it('says the server refused a wrong token, and gives up with the 401 when the researcher cancels', async () => {
    serverWithToken();
    render(<WriteTokenPrompt />);
    // Settled as soon as the researcher cancels: hold its outcome, so the rejection is never left unhandled.
    const outcome = postJson('/articles/accept', { text: 'x' }).then(() => null, (error: unknown) => error);
    await userEvent.type(await screen.findByLabelText('Write token'), 'wrong');
    await userEvent.click(screen.getByRole('button', { name: 'Use token' }));
    expect(await screen.findByText(/did not take that token/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(await outcome).toBeInstanceOf(ApiError);
    expect(await outcome).toMatchObject({ status: 401, code: 'unauthorized' });
    expect(sessionStorage.getItem('liaison.writeToken')).toBeNull();
  });
});
