import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/** A clinician's own page (profile, staff record) beside a client's chart titled by the client's name. Markup of our own. */
const read = async (html: string) => (await readInHappyDom(`<!DOCTYPE html><html><body>${html}</body></html>`, 'https://hospital.example.org/app/profile', extractClientContext)).reading;
const details = (name: string) => `<dl><dt>Name</dt><dd>${name}</dd><dt>Badge ID</dt><dd>B-20931</dd><dt>Department</dt><dd>Case Management</dd><dt>Unit</dt><dd>5 North</dd><dt>Phone</dt><dd>(555) 201-3344</dd><dt>Start Date</dt><dd>04/02/2018</dd></dl>`;

describe('a page titled by the name read with a credential after it', () => {
  it('is a clinician\'s own page: no client', async () => {
    for (const credential of ['RN', 'MD', 'LCSW', 'NP']) {
      expect(await read(`<div role="banner"><h1>Oriane Castellac, ${credential}</h1>${details('Oriane Castellac')}</div>`)).toBeNull();
    }
    expect(await read(`<header><h2>Tobiah Wren RN</h2></header><section>${details('Tobiah Wren')}</section>`)).toBeNull();
  });

  it('still reads a client whose chart is titled by the client\'s name, with the clinician named elsewhere', async () => {
    const chart = `<div role="banner"><h1>Oriane Castellac</h1><dl><dt>Name</dt><dd>Oriane Castellac</dd><dt>MRN</dt><dd>7730021</dd><dt>DOB</dt><dd>04/02/1948</dd></dl></div><h2>Notes by Hollis Brandt, RN</h2>`;
    expect(await read(chart)).toMatchObject({ name: 'Oriane Castellac', mrn: '7730021', dob: '1948-04-02' });
  });
});
