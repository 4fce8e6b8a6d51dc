import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { wholePage } from '../../../src/context/generic/region';
import { readProse } from '../../../src/context/generic/line';

/**
 * What a person sees does not change when an app wraps the page in root divs or prints a label
 * without its colon (markup of our own, after the corpus's mutation measure): each reading case
 * fails without its rule.
 */
const parse = (html: string) => new DOMParser().parseFromString(`<!DOCTYPE html><html><head><title>Directory</title></head><body>${html}</body></html>`, 'text/html');
const read = (html: string, url = 'https://referrals.example.org/people/40417') => extractClientContext(parse(html), url);
const wrap = (html: string, depth: number): string => (depth === 0 ? html : `<div>${wrap(html, depth - 1)}</div>`);

const PROFILE = `<div><span>Referral Hub</span> <span>Signed in: Tomasz Bielecki</span></div>
<h1>Imogen Castellanos</h1>
<div><div><span>ID:</span> 40417</div><div><span>Agency:</span> Riverbend Housing Trust</div><div><span>Phone:</span> (555) 301-7788</div><div><span>Partner since:</span> 06/15/2021</div></div>
<h2>Open referrals</h2><p>3 open.</p>`;

describe('an app root that is the whole page', () => {
  it('is the page, as the body is; a section with siblings is not', () => {
    const doc = parse(wrap('<section><p>a</p></section><section><p>b</p></section>', 3));
    expect(wholePage(doc.body)).toBe(true);
    expect(wholePage(doc.body.firstElementChild?.firstElementChild as Element)).toBe(true);
    expect(wholePage(doc.querySelector('section') as Element)).toBe(false);
  });

  it('keeps a partner directory profile unread however deep its root divs are', async () => {
    expect(await read(PROFILE)).toBeNull();
    for (const depth of [1, 3, 5]) expect(await read(wrap(PROFILE, depth))).toBeNull();
  });
});

describe('a one-line summary without label colons', () => {
  it('ends the birth date at the bracket that opens the record number', () => {
    const pairs = readProse('Ottilie BRANDVOLD  Female, DoB 1947-03-09 ( Medical Record Number NRH-550912)');
    expect(pairs?.find((p) => p.rule.field === 'dob')?.raw.trim()).toBe('1947-03-09');
    expect(pairs?.find((p) => p.rule.field === 'name')?.raw.trim()).toBe('Ottilie BRANDVOLD');
  });
});

describe('app state on a root element under root divs', () => {
  const person = { id: 'c-88', firstName: 'Evander', lastName: 'Quillfeather', mrn: 'QF-770132', dateOfBirth: '1944-06-21', gender: 'male' };
  const state = JSON.stringify({ component: 'Clients/Show', props: { clients: { byId: { 'c-88': person }, currentClientId: 'c-88' } }, url: '/clients/c-88' });
  const root = (el: string) => `${el.replace('<div>', `<div id="root" data-page="${state.replace(/"/g, '&quot;')}">`)}`;
  it('is found however many wrappers that are all of the page hold it', async () => {
    for (const depth of [0, 2, 5]) {
      const page = wrap(root('<div><h1>Evander Quillfeather</h1><p>Member since 2019</p></div>'), depth);
      expect(await read(page, 'https://care.example.org/clients/c-88')).toMatchObject({ name: 'Evander Quillfeather', mrn: 'QF-770132', dob: '1944-06-21' });
    }
  });
});
