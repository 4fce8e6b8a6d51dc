import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';

/** "Eastside MRN": an organisation's name before the record number's label (org-record-label.ts). Markup of our own, synthetic people. */
const parse = (html: string) => new DOMParser().parseFromString(`<!DOCTYPE html><html><body>${html}</body></html>`, 'text/html');
const read = (html: string) => extractClientContext(parse(html), 'https://network.example.org/members/1/chart');
const banner = (ids: string) =>
  `<main><section class="patient-banner"><h2>Ruth Ann Calloway</h2><div><span>DOB:</span> <span>03/14/1941</span></div>${ids}</section></main>`;
const chip = (label: string, value: string) => `<div><span>${label}</span> <span>${value}</span></div>`;

describe("an organisation's record number label", () => {
  it('reads the record number under it, in a chip or a cell of its own', async () => {
    expect(await read(banner(chip('Eastside MRN:', '554120')))).toMatchObject({ name: 'Ruth Ann Calloway', mrn: '554120', dob: '1941-03-14' });
    expect(await read(banner(`<table><tr><th>St. Jude MRN</th><td>SJ-20031</td></tr></table>`))).toMatchObject({ mrn: 'SJ-20031' });
  });

  it("yields to a bare MRN, and is never another person's or a former record", async () => {
    expect((await read(banner(chip('Eastside MRN:', '554120') + chip('MRN:', '7730019'))))?.mrn).toBe('7730019');
    expect((await read(banner(chip("Mother's MRN:", '554120'))))?.mrn).toBeUndefined();
    expect((await read(banner(chip('Previous MRN:', '554120'))))?.mrn).toBeUndefined();
  });
});
