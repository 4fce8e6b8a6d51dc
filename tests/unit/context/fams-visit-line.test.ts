import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';
import { isVisitLine } from '../../../src/context/generic/visit-line';

/** A telehealth session's client drawer: the visit's line, then the client's name, then labelled rows. Markup of our own. */
const read = async (html: string) => (await readInHappyDom(`<!DOCTYPE html><html><body><div class="v"></div>${html}</body></html>`, 'https://app.counseling.example/telehealth/session/s1', extractClientContext)).reading;
const drawer = (lead: string) => `<aside aria-label="Client details"><div class="x_pill">${lead}</div><div class="x_h">Emeka Vandenberg</div><div class="x_row"><span>Date of birth</span><span>Feb 3, 1990</span></div><div class="x_row"><span>Client ID</span><span>CC-2291</span></div></aside>`;

describe('an opened visit\'s line above the client\'s name in a card', () => {
  it('is told by its time of day or its length', () => {
    expect(isVisitLine('Couples session · 50 min · 2:00 PM')).toBe(true);
    expect(isVisitLine('Follow-up 10:30')).toBe(true);
    expect(isVisitLine('Emeka Vandenberg')).toBe(false);
  });

  it('is passed over for the name line after it', async () => {
    expect(await read(drawer('Couples session · 50 min · 2:00 PM'))).toMatchObject({ name: 'Emeka Vandenberg', mrn: 'CC-2291', dob: '1990-02-03' });
  });

  it('is the only line passed over: a card led by anything else names nobody by its second line', async () => {
    expect(await read(drawer('Outstanding balance'))).toBeNull();
  });
});
