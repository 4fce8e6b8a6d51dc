import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/** A colleague's profile labels fields no client has (hc-staff-record.ts). Markup of our own, synthetic people. */
const dl = (rows: [string, string][]) => `<dl>${rows.map(([l, v]) => `<dt>${l}</dt><dd>${v}</dd>`).join('')}</dl>`;
const page = (title: string, rows: [string, string][]) => `<!DOCTYPE html><html><head><title>${title}</title></head><body><header><span class="me">Reyes, Ana</span></header><main><h1>Brandt, Wilhelmina</h1>${dl(rows)}</main></body></html>`;
const read = async (html: string) => (await readInHappyDom(html, 'https://agency.example.org/profile', extractClientContext)).reading;

describe("a staff member's profile", () => {
  it('shows no client', async () => {
    for (const staff of [[['Employee ID', 'E-2044'], ['Hire Date', '03/02/2021']], [['Credentials', 'LCSW'], ['NPI', '1457332201']], [['License #', 'RN-88123'], ['Employee #', '2044']]] as [string, string][][]) {
      const r = await read(page('Profile', [['Name', 'Brandt, Wilhelmina'], ...staff, ['Date of Birth', '07/19/1988'], ['Mobile Phone', '(503) 555-0155']]));
      expect(r, staff.map((s) => s[0]).join()).toBeNull();
    }
  });

  it("still reads a client's chart that names its attending's NPI", async () => {
    const r = await read(page('Patient', [['Name', 'Brandt, Wilhelmina'], ['Date of Birth', '07/19/1938'], ['Attending', 'Dr. Kofi Mensah'], ['NPI', '1457332201']]));
    expect(r).toMatchObject({ name: 'Wilhelmina Brandt', dob: '1938-07-19' });
  });
});
