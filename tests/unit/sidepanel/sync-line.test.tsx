import { afterEach, describe, expect, test } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { signal } from '@preact/signals';
import { SyncLine } from '../../../src/sidepanel/components/SyncLine';
import { createWords } from '../../../src/ui/translate';
import { createFormats } from '../../../src/ui/format';
import { notifyChanged } from '../../../src/store/changes';
import type { SyncStatusView } from '../../../src/model/sync-settings';
import { translate } from './memory-host';

const NOW = Date.UTC(2026, 10, 27, 15, 0);
const MINUTE = 60_000;
const words = createWords(translate, createFormats('en-US', 'America/New_York'));

let root: HTMLElement | undefined;
afterEach(() => {
  if (root) render(null, root);
  root?.remove();
  root = undefined;
});

/** The line over a fake background whose answer a test changes, with the panel's clock as a signal. */
async function mountLine(first: SyncStatusView) {
  let answer = first;
  let asked = 0;
  const now = signal(NOW);
  root = document.createElement('div');
  document.body.append(root);
  const status = async () => {
    asked++;
    return answer;
  };
  await act(async () => {
    render(<SyncLine status={status} now={now} words={words} />, root!);
  });
  const line = () => root!.querySelector<HTMLElement>('[data-testid="panel-sync"]');
  return {
    line,
    asked: () => asked,
    answer: (next: SyncStatusView) => (answer = next),
    tick: (to: number) =>
      act(() => {
        now.value = to;
      }),
    async until(check: () => boolean, what: string) {
      for (const deadline = Date.now() + 5_000; Date.now() < deadline; ) {
        if (check()) return;
        await act(() => new Promise((resolve) => setTimeout(resolve, 10)));
      }
      throw new Error(`timed out waiting for ${what}; shows: ${root!.textContent}`);
    },
  };
}

describe('the panel\'s team-sync line', () => {
  test('sync off: nothing at all is shown', async () => {
    const mounted = await mountLine({ on: false, waiting: 0, needsSignIn: false });
    expect(mounted.asked()).toBe(1);
    expect(mounted.line()).toBeNull();
    expect(root!.textContent).toBe('');
  });

  test('on: when it last synced and how much waits, and the minutes move with the clock', async () => {
    const mounted = await mountLine({ on: true, lastSyncedAt: NOW - 3 * MINUTE, waiting: 2, needsSignIn: false });
    expect(mounted.line()?.textContent).toBe('Synced 3 minutes ago · 2 changes waiting');
    expect(mounted.line()?.getAttribute('role')).toBe('status');
    await mounted.tick(NOW + 59 * MINUTE);
    expect(mounted.line()?.textContent).toBe('Synced 1 hour ago · 2 changes waiting');
    expect(root!.querySelector('[data-testid="panel-sync-sign-in"]')).toBeNull();
  });

  test('a failure that a retry may clear is said in words, without a sign-in link', async () => {
    const mounted = await mountLine({ on: true, waiting: 1, lastError: 'The team server did not answer.', needsSignIn: false });
    expect(mounted.line()?.textContent).toBe('Not synced yet · 1 change waiting · Last problem: The team server did not answer.');
    expect(root!.querySelector('[data-testid="panel-sync-sign-in"]')).toBeNull();
  });

  test('the server refused the sign-in: the line says sync stopped and links to signing in again in the options page', async () => {
    const mounted = await mountLine({ on: true, lastSyncedAt: NOW - 10 * MINUTE, waiting: 4, lastError: 'The team server no longer accepts your sign-in.', needsSignIn: true });
    expect(mounted.line()?.textContent).toBe('Synced 10 minutes ago · 4 changes waiting · Sync stopped: The team server no longer accepts your sign-in. Sign in again');
    const link = root!.querySelector<HTMLAnchorElement>('[data-testid="panel-sync-sign-in"]');
    expect(link?.getAttribute('href')).toBe('../options/index.html#sync-title');
    expect(link?.target).toBe('_blank');
  });

  test('asks again when a round stores its status, and follows sync being turned off', async () => {
    const mounted = await mountLine({ on: true, waiting: 3, needsSignIn: false });
    expect(mounted.line()?.textContent).toBe('Not synced yet · 3 changes waiting');
    mounted.answer({ on: true, lastSyncedAt: NOW, waiting: 0, needsSignIn: false });
    notifyChanged({ store: 'meta', ids: ['sync:status'] });
    await mounted.until(() => mounted.line()?.textContent === 'Synced just now · 0 changes waiting', 'the next round\'s status');
    mounted.answer({ on: false, waiting: 0, needsSignIn: false });
    notifyChanged({ store: 'meta', ids: ['sync'] });
    await mounted.until(() => mounted.line() === null, 'the line to go with sync off');
  });
});
