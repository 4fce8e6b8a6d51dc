import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';

/** Payer and care-management member pages (markup of our own); each reading case fails without its rule. */
const parse = (html: string) => new DOMParser().parseFromString(`<!DOCTYPE html><html><body>${html}</body></html>`, 'text/html');
const read = (html: string) => extractClientContext(parse(html), 'https://plan.example.org/members/5521');

describe('a member card with the plan\'s subscriber id beside the member number', () => {
  const card = (ids: string) => `<div class="member-card"><h2>Ottavia Brennan-Loft</h2><dl>${ids}<dt>Date of Birth</dt><dd>Aug 14, 1949</dd><dt>Assigned To</dt><dd>Kiran Wolde</dd></dl></div>`;

  it('takes the member number as the record number', async () => {
    expect(await read(card('<dt>Subscriber ID</dt><dd>W8830021144</dd><dt>Member #</dt><dd>00552107</dd>'))).toMatchObject({ name: 'Ottavia Brennan-Loft', mrn: '00552107', dob: '1949-08-14' });
  });

  it('still takes a subscriber id shown alone', async () => {
    expect(await read(card('<dt>Subscriber ID</dt><dd>W8830021144</dd>'))).toMatchObject({ mrn: 'W8830021144' });
  });
});
