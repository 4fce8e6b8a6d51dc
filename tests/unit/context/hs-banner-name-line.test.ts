import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';

/**
 * A banner bar laid out as a grid of label/value cells whose name cell goes on under the name, with a row
 * of open charts' tabs above it (hs-banner-name-line.ts, first-text-name.ts). Markup of our own.
 */
const URL = 'https://ehr.example.org/chart/organizer/person/5521';
const read = (body: string) => extractClientContext(new DOMParser().parseFromString(`<!DOCTYPE html><html><body>${body}</body></html>`, 'text/html'), URL);
const tabs = (first: string, second: string) => `<div class="tabs"><span class="chart-tab">${first}</span><span class="chart-tab">${second}</span><span>Patient List</span></div>`;
const facts =
  '<div><span class="lb">DOB:</span>04/12/1957</div><div><span class="lb">MRN:</span>7730214</div><div><span class="lb">Code Status:</span>Full Code</div>' +
  '<div><span class="lb">Age:</span>69 years</div><div><span class="lb">FIN:</span>900221730455</div><div><span class="lb">Loc:</span>5E; 510; 02</div>' +
  '<div><span class="lb">Sex:</span>Male</div><div><span class="lb">Enc:</span>Inpatient [11/30/2026 09:10 - ]</div><div><span class="lb">Est DC:</span>12/08/2026</div>';
const bar = (nameCell: string) => `<div class="bar">${nameCell}${facts}</div>`;

describe('a banner name cell with a second line', () => {
  it('reads the name from the first line, not the preferred name under it nor a tab above', async () => {
    const c = await read(tabs('OKONJO, BARNABY', 'THIBODEAUX, ROLAND EMILE') + bar('<div class="nm">THIBODEAUX, ROLAND EMILE<br/><span>Preferred name: Roly</span></div>'));
    expect(c).toMatchObject({ name: 'Roland Emile Thibodeaux', mrn: '7730214', dob: '1957-04-12' });
  });
});

describe('a row of several patients above a banner', () => {
  it("takes none of its names for the banner's", async () => {
    const c = await read(tabs('OKONJO, BARNABY', 'THIBODEAUX, ROLAND EMILE') + bar(''));
    expect(c?.name ?? null).toBeNull();
  });

  it('still reads a name row above the banner that names one person', async () => {
    const c = await read('<div>THIBODEAUX, ROLAND EMILE</div>' + bar(''));
    expect(c?.name).toBe('Roland Emile Thibodeaux');
  });
});

describe("the banner's 'Enc:' cell", () => {
  it('gives the open inpatient encounter as the stay', async () => {
    const c = await read(bar('<div class="nm">THIBODEAUX, ROLAND EMILE<br/><span>Preferred name: Roly</span></div>'));
    expect(c).toMatchObject({ admitDate: '2026-11-30', dischargeDate: '2026-12-08' });
  });
});
