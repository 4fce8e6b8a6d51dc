import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';

/** A care manager's transitions table names where the stay is (crm-stay-place.ts); markup of our own. */
const parse = (html: string) => new DOMParser().parseFromString(`<!DOCTYPE html><html><body>${html}</body></html>`, 'text/html');
const read = (html: string) => extractClientContext(parse(html), 'https://cm.example.org/members/3310');
const member = `<div class="member"><h2>Rosalind Achebe-Kim</h2><dl><dt>Member ID</dt><dd>M-3310442</dd><dt>DOB</dt><dd>05/06/1950</dd></dl></div>`;
const today = new Date();
const near = (days: number) => {
  const d = new Date(today.getTime() + days * 86400000);
  return `${String(d.getMonth() + 1).padStart(2, '0')}/${String(d.getDate()).padStart(2, '0')}/${d.getFullYear()}`;
};
const table = (row: string) => `<h3>Transitions</h3><table><tr><th>Facility</th><th>Admit Date</th><th>Discharge Date</th></tr>${row}</table>`;

describe('the place of the stay in a transitions table', () => {
  it('reads the facility of the row that gives the current stay', async () => {
    expect(await read(member + table(`<tr><td>Harbor Point SNF</td><td>${near(-6)}</td><td>${near(4)}</td></tr>`))).toMatchObject({ mrn: 'M-3310442', location: 'Harbor Point SNF' });
  });

  it('never reads a facility without that row\'s stay, nor from two stays', async () => {
    expect((await read(member + table('<tr><td>Harbor Point SNF</td><td>03/02/2019</td><td>03/09/2019</td></tr>')))?.location).toBeUndefined();
    // Two stays still open: which is current is not said (one discharged before the other began is history: stay-rows.test.ts).
    const two = `<tr><td>Harbor Point SNF</td><td>${near(-6)}</td><td></td></tr><tr><td>Mercy West</td><td>${near(-20)}</td><td></td></tr>`;
    expect((await read(member + table(two)))?.location).toBeUndefined();
    // An open row begun before a closed one may only lack its discharge (stay-rows.ts: the latest is the stay only when every other row ended before it began).
    const older = `<tr><td>Harbor Point SNF</td><td>${near(-20)}</td><td></td></tr><tr><td>Mercy West</td><td>${near(-8)}</td><td>${near(-2)}</td></tr>`;
    expect((await read(member + table(older)))?.location).toBeUndefined();
  });
});
