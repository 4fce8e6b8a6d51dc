import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/** A CRM person record with the people around the client as cards of their own. Markup of our own. */
const read = async (html: string) => (await readInHappyDom(`<!DOCTYPE html><html><body>${html}</body></html>`, 'https://crm.example.net/contacts/record/55120', extractClientContext)).reading;

const own = '<aside class="left"><h2 class="profile">Wilhelmina Achebe-Lund</h2><section><h3>About this contact</h3><div class="row"><span class="k">Member ID</span><span class="v">QX-551203</span></div><div class="row"><span class="k">Date of birth</span><span class="v">02/14/1948</span></div></section></aside>';
const card = (heading: string) => `<aside class="right"><section><h3>${heading}</h3><div class="card"><a href="#">Torvald Lund</a><p>Spouse</p><dl><dt>Date of birth</dt><dd>09/30/1946</dd></dl></div></section></aside>`;

describe('a birth date in a related contact\'s card', () => {
  it('is that person\'s, beside the client\'s own', async () => {
    expect(await read(own + card('Associated contacts (1)'))).toMatchObject({ name: 'Wilhelmina Achebe-Lund', mrn: 'QX-551203', dob: '1948-02-14' });
  });

  it('under a heading before the card, not around it', async () => {
    const before = '<aside class="left"><h3>Basic information</h3><h2 class="profile">Wilhelmina Achebe-Lund</h2><p>Member ID: QX-551203</p><p>Date of birth: 02/14/1948</p><h3>Related contacts</h3><div class="related"><p>Torvald Lund — husband</p><p>Date of birth: 09/30/1946</p></div></aside>';
    expect(await read(before)).toMatchObject({ name: 'Wilhelmina Achebe-Lund', dob: '1948-02-14' });
  });

});
