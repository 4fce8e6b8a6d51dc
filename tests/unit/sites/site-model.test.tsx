import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { signal } from '@preact/signals';
import type { TabContext } from '../../../src/messaging/schema';
import { createSiteModel, type SiteModel } from '../../../src/sidepanel/models/site';
import { SiteControls } from '../../../src/sidepanel/components/SiteControls';
import { getSiteProfile } from '../../../src/store/sites';
import { translate } from '../sidepanel/memory-host';
import { useFreshDb, T0 } from '../store/helpers';
import { memorySiteHost } from './memory-site-host';

const TAB = 7;
const CHART = 'https://ehr.example.org/chart/1';
const db = useFreshDb();

let root: HTMLElement;
let model: SiteModel;
let fake: ReturnType<typeof memorySiteHost>;
const tabId = signal<number | undefined>(TAB);
const tab = signal<TabContext | null>(null);

const pageRead = (url = CHART): TabContext => ({ tabId: TAB, url, frameUrl: url, context: null, readAt: T0 });
const byTestId = (id: string) => root.querySelector<HTMLElement>(`[data-testid="${id}"]`);

async function settle() {
  await act(() => new Promise((resolve) => setTimeout(resolve, 0)));
}

async function mount(options: Parameters<typeof memorySiteHost>[0] = {}, initial: TabContext | null = pageRead()) {
  tab.value = initial;
  tabId.value = TAB;
  fake = memorySiteHost(options);
  model = createSiteModel(fake.host, db(), { tabId, tab }, () => T0);
  await act(async () => render(<SiteControls model={model} t={translate} />, root));
  await settle();
}

async function click(id: string) {
  await act(async () => byTestId(id)?.click());
  await settle();
}

beforeEach(() => {
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  model?.dispose();
  root.remove();
});

describe('Read this site', () => {
  test('the panel says the site is not read, and the permission request is the first thing the click does', async () => {
    await mount();
    expect(byTestId('site-status')?.dataset.status).toBe('not-enabled');
    expect(byTestId('site-status')?.textContent).toContain('ehr.example.org');
    // Synchronously, before any await: Firefox only honours the request as the click's first call.
    byTestId('read-this-site')?.click();
    expect(fake.calls).toEqual(['request https://ehr.example.org/*']);
    await act(async () => fake.answerPrompt(true));
    await settle();
    expect(fake.calls).toEqual(['request https://ehr.example.org/*', 'enable https://ehr.example.org']);
    expect(byTestId('site-status')?.dataset.status).toBe('enabled');
    expect(byTestId('read-this-site')).toBeNull();
    expect(byTestId('site-message')?.textContent).toBe('Rapport now reads ehr.example.org.');
  });

  test('denied: nothing is enabled and the panel says so', async () => {
    await mount();
    await click('read-this-site');
    await act(async () => fake.answerPrompt(false));
    await settle();
    expect(fake.calls).toEqual(['request https://ehr.example.org/*']);
    expect(byTestId('site-status')?.dataset.status).toBe('not-enabled');
    expect(byTestId('site-message')?.textContent).toContain('was not allowed to read ehr.example.org');
  });

  test('a page the extension could not see yet: the tab URL is asked for (toolbar click grants it)', async () => {
    await mount({ tabUrl: 'https://crm.example.net/x' }, null);
    expect(byTestId('site-status')?.textContent).toContain('crm.example.net');
  });

  test('nothing is offered where the URL is unknown, and an unsupported page says so', async () => {
    await mount({}, null);
    expect(byTestId('site-controls')).toBeNull();
    await act(async () => {
      tab.value = pageRead('file:///home/chart.html');
    });
    await settle();
    expect(byTestId('site-status')?.dataset.status).toBe('unsupported');
    expect(byTestId('read-this-site')).toBeNull();
  });

  test('a built-in site is shown as such, with nothing to enable', async () => {
    await mount({ access: 'built-in' });
    expect(byTestId('site-status')?.dataset.status).toBe('built-in');
    expect(byTestId('read-this-site')).toBeNull();
  });
});

describe('Teach this site', () => {
  test('asks for the name, the MRN and the DOB in turn, shows each pick, and saves the profile', async () => {
    await mount({ access: 'enabled' });
    await click('teach-site');
    expect(byTestId('teach-waiting')?.dataset.field).toBe('name');
    expect(fake.calls).toContain(`pick ${TAB} name`);

    await act(async () => fake.pick(TAB, 'name', 'div.zz-a1', 'DOE, JANE M'));
    await settle();
    expect(byTestId('teach-waiting')?.dataset.field).toBe('mrn');
    expect(root.querySelector('[data-testid="teach-pick"][data-field="name"]')?.textContent).toContain('DOE, JANE M');

    await act(async () => fake.pick(TAB, 'mrn', 'div.zz-row > span:nth-of-type(1)', 'AT-1912'));
    await settle();
    await act(async () => fake.pick(TAB, 'dob', 'div.zz-row > span:nth-of-type(3)', '01/05/1950'));
    await settle();
    expect(byTestId('teach-waiting')).toBeNull();

    const order = byTestId('teach-date-order') as HTMLSelectElement;
    await act(async () => {
      order.value = 'MDY';
      order.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await click('teach-save');
    const saved = await getSiteProfile(db(), 'https://ehr.example.org');
    expect(saved).toMatchObject({
      origin: 'https://ehr.example.org',
      selectors: { name: 'div.zz-a1', mrn: 'div.zz-row > span:nth-of-type(1)', dob: 'div.zz-row > span:nth-of-type(3)' },
      dateOrder: 'MDY',
    });
    expect(fake.calls.at(-1)).toBe('profiles changed');
    expect(byTestId('teach')).toBeNull();
    expect(byTestId('site-message')?.textContent).toContain('Saved');
  });

  test('MRN and DOB can be skipped; the name cannot', async () => {
    await mount({ access: 'enabled' });
    await click('teach-site');
    expect(byTestId('teach-skip')).toBeNull();
    await act(async () => fake.pick(TAB, 'name', '#n', 'Jane Doe'));
    await settle();
    await click('teach-skip');
    await click('teach-skip');
    await click('teach-save');
    expect((await getSiteProfile(db(), 'https://ehr.example.org'))?.selectors).toEqual({ name: '#n' });
  });

  test('a pick whose selector names the client (an ancestor id with the MRN, a class with the name) is not saved', async () => {
    await mount({ access: 'enabled' });
    await click('teach-site');
    await act(async () => fake.pick(TAB, 'name', '.banner > .doe-jane', 'DOE, JANE M'));
    await settle();
    await act(async () => fake.pick(TAB, 'mrn', '#chart-AT1912 span', 'AT-1912'));
    await settle();
    await click('teach-skip');
    await click('teach-save');
    expect(await getSiteProfile(db(), 'https://ehr.example.org')).toBeUndefined();
    expect(byTestId('site-message')?.textContent).toBe(translate('teachIdentifying'));
  });

  test('Escape on the page cancels: nothing is saved', async () => {
    await mount({ access: 'enabled' });
    await click('teach-site');
    await act(async () => fake.escape(TAB));
    await settle();
    expect(byTestId('teach')).toBeNull();
    expect(byTestId('site-message')?.textContent).toContain('Teaching stopped');
    expect(await getSiteProfile(db(), 'https://ehr.example.org')).toBeUndefined();
  });

  test('Cancel in the panel removes the picker from the page', async () => {
    await mount({ access: 'enabled' });
    await click('teach-site');
    await click('teach-cancel');
    expect(fake.calls.at(-1)).toBe(`stop ${TAB}`);
    expect(byTestId('teach')).toBeNull();
  });

  test('picks for another tab, or for a field not asked, are ignored', async () => {
    await mount({ access: 'enabled' });
    await click('teach-site');
    await act(async () => fake.pick(99, 'name', '#x', 'Someone Else'));
    await act(async () => fake.pick(TAB, 'dob', '#d', '01/01/2000'));
    await settle();
    expect(byTestId('teach-waiting')?.dataset.field).toBe('name');
  });

  test('a pick in a frame of another origin is refused and the same field asked again', async () => {
    await mount({ access: 'enabled' });
    await click('teach-site');
    await act(async () => fake.pick(TAB, 'name', '#n', 'Jane Doe'));
    await settle();
    await act(async () => fake.pick(TAB, 'mrn', '#m', 'AT-1', 'https://widgets.example.com/frame'));
    await settle();
    expect(byTestId('teach-waiting')?.dataset.field).toBe('mrn');
    expect(byTestId('site-message')?.textContent).toContain('widgets.example.com');
  });

  test('a page without a reader cannot be taught, and the panel says what to do', async () => {
    await mount({ access: 'enabled' });
    fake.unreachable();
    await click('teach-site');
    expect(byTestId('teach')).toBeNull();
    expect(byTestId('site-message')?.textContent).toContain('cannot reach this page');
  });

  test('switching to another tab ends the teaching in the first one', async () => {
    await mount({ access: 'enabled' });
    await click('teach-site');
    await act(async () => {
      tabId.value = 8;
    });
    await settle();
    expect(byTestId('teach')).toBeNull();
    expect(fake.calls.at(-1)).toBe(`stop ${TAB}`);
  });

  test('picking a field again replaces it', async () => {
    await mount({ access: 'enabled' });
    await click('teach-site');
    await act(async () => fake.pick(TAB, 'name', '#wrong', 'Ward 4'));
    await settle();
    const again = root.querySelector<HTMLButtonElement>('[data-testid="teach-pick"][data-field="name"] button');
    await act(async () => again?.click());
    await settle();
    expect(byTestId('teach-waiting')?.dataset.field).toBe('name');
    await act(async () => fake.pick(TAB, 'name', '#right', 'Jane Doe'));
    await settle();
    expect(root.querySelector('[data-testid="teach-pick"][data-field="name"]')?.textContent).toContain('#right');
  });
});
