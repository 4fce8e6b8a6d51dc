import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/**
 * A CRM record groups its properties under headings of capitalised words ('Custom Fields', 'Contact Properties',
 * 'Other Attributes'): such a heading names the group, never the person (name-shape.ts). Markup of our own,
 * synthetic people.
 */
const page = (heading: string) =>
  `<!DOCTYPE html><html><head><title>Contact</title></head><body><div class="top"><div class="pic">RS</div><div><div class="who">Rosalind Sandoval</div><div>Client · Westgate Clinic</div></div></div>` +
  `<div class="cols"><div class="left"><h3>Reach</h3><ul><li><span>Email</span> <span>ros@mail.example</span></li></ul>` +
  `<h3>${heading}</h3><ul><li><span>Chart Number</span> <span>WG-22018</span></li><li><span>Birth Date</span> <span>1969-05-14</span></li></ul></div></div></body></html>`;
const read = async (html: string) => (await readInHappyDom(html, 'https://crm.example.org/contacts/5512', extractClientContext)).reading;

describe("a heading naming a record's group of properties", () => {
  it('is not the name', async () => {
    for (const heading of ['Custom Fields', 'Contact Properties', 'Other Attributes']) {
      const r = await read(page(heading));
      expect(r?.name, heading).not.toBe(heading);
      expect(r, heading).toMatchObject({ name: 'Rosalind Sandoval', mrn: 'WG-22018', dob: '1969-05-14' });
    }
  });
});
