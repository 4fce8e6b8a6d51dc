import { afterEach, describe, expect, test } from 'vitest';
import { act } from 'preact/test-utils';
import { mountPanel, type MountedPanel } from './render';
import { contactsForClient } from '../../../src/store/contacts';
import { listClients } from '../../../src/store/clients';

const NOW = Date.UTC(2026, 10, 27, 15, 0);
const PASSPHRASE = 'correct horse battery staple';
const jane = { name: 'Jane M Doe', mrn: 'MRN-100234', dob: '1950-01-05', source: 'demo-classic', confidence: 0.95 };

let mounted: MountedPanel | undefined;
afterEach(() => {
  mounted?.unmount();
  mounted = undefined;
});

/** Whatever the DOM holds, visible or not: nothing of the client may be in it. */
const holdsNothingOfJane = (root: HTMLElement) => {
  const everything = root.outerHTML;
  return !everything.includes('Jane') && !everything.includes('100234') && !everything.includes('1950');
};

async function unlockWith(panel: MountedPanel, passphrase: string) {
  await panel.type('unlock-passphrase', passphrase);
  await act(async () => panel.byTestId('unlock-submit')?.closest('form')?.requestSubmit());
}

describe('the panel while Rapport is locked', () => {
  test('opened locked: only the lock screen, nothing read; the right passphrase loads the client', async () => {
    mounted = await mountPanel({ now: NOW, context: jane, passphrase: PASSPHRASE, locked: true });
    const panel = mounted;
    // The lock screen's code loads on demand; until it is there the panel shows nothing at all.
    expect(holdsNothingOfJane(panel.root)).toBe(true);
    await panel.until(() => panel.byTestId('lock-screen') !== null, 'lock screen');
    expect(panel.byTestId('view-caseload')).toBeNull();
    expect(panel.session.panel.value).toBeNull();
    expect(holdsNothingOfJane(panel.root)).toBe(true);
    // Nothing was written either: the page's client is recorded only once the data can be read.
    expect(await panel.db.getAll('clients')).toEqual([]);

    await unlockWith(panel, PASSPHRASE);
    await panel.until(() => panel.byTestId('client-name')?.textContent === 'Jane M Doe', 'client after unlock');
    expect(panel.byTestId('lock-screen')).toBeNull();
    expect(panel.byTestId('lock-now')).not.toBeNull();
    // Recorded on unlock as the background records any visit: seen, not yet on the caseload.
    await panel.until(() => panel.byTestId('seen-client') !== null, 'client record loaded');
    expect((await listClients(panel.db)).map((c) => c.name)).toEqual(['Jane M Doe']);
  });

  test('a wrong passphrase is said in an alert and changes nothing; the right one still works', async () => {
    mounted = await mountPanel({ now: NOW, context: jane, passphrase: PASSPHRASE, locked: true });
    const panel = mounted;
    await unlockWith(panel, 'not the passphrase');
    await panel.until(() => (panel.byTestId('unlock-error')?.textContent ?? '') !== '', 'error');
    const alert = panel.byTestId('unlock-error')!;
    expect(alert.getAttribute('role')).toBe('alert');
    expect(alert.textContent).toBe('That is not the passphrase. Try again.');
    expect(panel.byTestId('unlock-passphrase')?.getAttribute('aria-invalid')).toBe('true');
    expect(panel.vault?.status).toBe('locked');
    expect(panel.byTestId('lock-screen')).not.toBeNull();

    await unlockWith(panel, '');
    expect(panel.byTestId('unlock-error')?.textContent).toBe('Enter the passphrase.');

    await unlockWith(panel, PASSPHRASE);
    await panel.until(() => panel.byTestId('client-name')?.textContent === 'Jane M Doe', 'client');
  });

  test('"Lock" empties the panel at once; a draft typed before comes back after the unlock', async () => {
    mounted = await mountPanel({ now: NOW, context: jane, passphrase: PASSPHRASE });
    const panel = mounted;
    await panel.until(() => panel.byTestId('log-contact') !== null, 'log contact');
    await panel.click('log-contact');
    await panel.type('contact-note', 'Daughter Ana drives her on Tuesdays');

    await panel.click('lock-now');
    await panel.until(() => panel.byTestId('lock-screen') !== null, 'lock screen');
    expect(panel.vault?.status).toBe('locked');
    expect(holdsNothingOfJane(panel.root)).toBe(true);
    expect(panel.root.outerHTML).not.toContain('Daughter Ana');
    expect(panel.byTestId('lock-drafts-kept')).not.toBeNull();

    await unlockWith(panel, PASSPHRASE);
    await panel.until(() => (panel.byTestId('contact-note') as HTMLTextAreaElement | null)?.value === 'Daughter Ana drives her on Tuesdays', 'draft back');
    await panel.submit('log-contact-save');
    const [client] = await listClients(panel.db);
    await panel.until(() => panel.byTestId('last-contact')?.dataset.days === '0', 'contact saved');
    expect((await contactsForClient(panel.db, client!.id)).map((c) => c.note)).toEqual(['Daughter Ana drives her on Tuesdays']);
  });

  test('unsaved details, a half-typed pain point and LACE numbers come back after a lock', async () => {
    mounted = await mountPanel({ now: NOW, context: { ...jane, admitDate: '2026-11-20' }, passphrase: PASSPHRASE });
    const panel = mounted;
    await panel.until(() => panel.byTestId('details-location') !== null && panel.byTestId('add-pain-point') !== null, 'forms');
    await panel.type('details-location', 'ICU, Bed 6');
    await panel.click('add-pain-point');
    await panel.type('pain-point-text', 'Cannot get to the pharmacy');
    await panel.until(() => panel.byTestId('lace-open') !== null, 'LACE');
    await panel.click('lace-open');
    await panel.until(() => panel.byTestId('lace-ed') !== null, 'LACE form');
    await panel.type('lace-ed', '3');

    await panel.click('lock-now');
    await panel.until(() => panel.byTestId('lock-screen') !== null, 'lock screen');
    expect(panel.root.outerHTML).not.toContain('ICU, Bed 6');
    expect(panel.root.outerHTML).not.toContain('pharmacy');
    expect(panel.byTestId('lock-drafts-kept')).not.toBeNull();

    await unlockWith(panel, PASSPHRASE);
    const value = (id: string) => (panel.byTestId(id) as HTMLInputElement | null)?.value;
    await panel.until(() => value('details-location') === 'ICU, Bed 6', 'details back');
    expect(value('pain-point-text')).toBe('Cannot get to the pharmacy');
    expect(value('lace-ed')).toBe('3');
    await panel.submit('details-save');
    await panel.until(() => panel.byTestId('notice')?.textContent?.startsWith('Saved') ?? false, 'saved');
    const [client] = await listClients(panel.db);
    expect(client?.location).toBe('ICU, Bed 6');
  });

  test('unsaved details survive a look at the caseload, and saved ones are not kept', async () => {
    mounted = await mountPanel({ now: NOW, context: jane });
    const panel = mounted;
    await panel.until(() => panel.byTestId('details-location') !== null, 'details form');
    await panel.type('details-location', 'ICU, Bed 6');
    await panel.click('view-caseload');
    await panel.until(() => panel.byTestId('details-location') === null, 'caseload shown');
    await panel.click('view-client');
    await panel.until(() => (panel.byTestId('details-location') as HTMLInputElement | null)?.value === 'ICU, Bed 6', 'details back');
    await panel.submit('details-save');
    await panel.until(() => panel.byTestId('notice')?.textContent?.startsWith('Saved') ?? false, 'saved');
    await panel.click('view-caseload');
    await panel.until(() => panel.byTestId('details-location') === null, 'caseload shown');
    expect(panel.session.drafts.forms.value.size).toBe(0);
  });

  test('a lock from elsewhere (idle, the options page) closes the panel too', async () => {
    mounted = await mountPanel({ now: NOW, context: jane, passphrase: PASSPHRASE });
    const panel = mounted;
    await panel.until(() => panel.byTestId('client-name')?.textContent === 'Jane M Doe', 'client');
    await act(async () => panel.vault!.lock());
    await panel.until(() => panel.byTestId('lock-screen') !== null, 'lock screen');
    expect(holdsNothingOfJane(panel.root)).toBe(true);
  });

  test('without a passphrase there is no lock button and no lock screen', async () => {
    mounted = await mountPanel({ now: NOW, context: jane });
    const panel = mounted;
    await panel.until(() => panel.byTestId('client-name')?.textContent === 'Jane M Doe', 'client');
    expect(panel.byTestId('lock-now')).toBeNull();
    expect(panel.byTestId('lock-screen')).toBeNull();
  });
});
