import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/**
 * A component-built page minified: no white space between its tags, so a caption's chip and the name's chip touch
 * ("<span>Tenant</span><span>J. Castellano</span>"). On screen a stylesheet sets them apart and a person reads the
 * caption, then the name; the app state's client counts only for a person the page shows, so a name glued to its
 * caption ("TenantR. Okonkwo-Ferreira") hid the client (touching-chips.ts). Markup of our own, synthetic people.
 */
const page = (card: string) => `<!DOCTYPE html><html><head><title>Case 31-HC-0042</title></head><body><div id="__next"><div><span>Housing Clinic</span><span>Advocate: Lena Brandt</span></div><div><h1>Case 31-HC-0042</h1></div>${card}</div><script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"case":{"id":"31-HC-0042","client":{"firstName":"Rosalind","lastName":"Okonkwo-Ferreira","dob":"1979-04-12","gender":"F","phone":"(503) 555-0171","clinicMrn":"HC-5520917"},"household":[{"firstName":"Tobias","lastName":"Okonkwo-Ferreira","relationship":"son","dob":"2011-09-30"}]}}}}</script></body></html>`;
const url = 'https://clinic.example.org/cases/31-HC-0042';

describe('chips that touch with no white space between them', () => {
  it('reads the shown client when the caption and the name touch', async () => {
    const { reading } = await readInHappyDom(page('<div data-testid="client-card"><span>Tenant</span><span>R. Okonkwo-Ferreira</span></div>'), url, extractClientContext);
    expect(reading).toMatchObject({ name: 'Rosalind Okonkwo-Ferreira', dob: '1979-04-12', mrn: 'HC-5520917' });
  });

  it('reads a labelled name whose chip touches the next one', async () => {
    const { reading } = await readInHappyDom(page('<div><span>Client: R. Okonkwo-Ferreira</span><span>opened from intake</span></div>'), url, extractClientContext);
    expect(reading).toMatchObject({ name: 'Rosalind Okonkwo-Ferreira', dob: '1979-04-12', mrn: 'HC-5520917' });
  });

  it('still reads the same page with white space between the chips', async () => {
    const { reading } = await readInHappyDom(page('<div data-testid="client-card"><span>Tenant</span> <span>R. Okonkwo-Ferreira</span></div>'), url, extractClientContext);
    expect(reading).toMatchObject({ name: 'Rosalind Okonkwo-Ferreira', dob: '1979-04-12' });
  });

  it('does not take a name the page does not show, touching or not', async () => {
    const { reading } = await readInHappyDom(page('<div data-testid="client-card"><span>Tenant</span><span>T. Okonkwo-Ferreira</span></div>'), url, extractClientContext);
    expect(reading?.name).not.toBe('Rosalind Okonkwo-Ferreira');
  });
});
