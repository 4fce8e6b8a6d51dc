import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/**
 * "Client Name Jane Doe" with no colon: a two-word name label before a name's shape is read (colonless-name.ts), never
 * a heading or a form action that starts with the same words. Markup of our own.
 */
const rows = Array.from({ length: 6 }, (_, i) => `<div class="row"><span>Note ${i + 1}</span></div>`).join('');
const page = (nameRow: string) => `<header><span>Signed in: Mara Quist</span></header>
<main><section><h2>Demographics</h2><div class="grid"><div class="row">${nameRow}</div>${rows}<div class="row"><span>MRN: 4410233</span></div>${rows}<div class="row"><span>DOB: 08/19/1948</span></div></div></section></main>`;
const read = async (body: string) =>
  (await readInHappyDom(`<!DOCTYPE html><html><head><title>Record</title></head><body>${body}</body></html>`, 'https://cmh.example.org/clients/4410233', extractClientContext)).reading;

describe('a colon-less two-word name label', () => {
  it('labels the name after it ("Client Name", "Patient Name", "Member Name")', async () => {
    for (const label of ['Client Name', 'Patient Name', 'Member Name', "Resident's Legal Name"]) {
      expect(await read(page(`<span>${label} Ingeborg Halvorsen</span>`))).toMatchObject({ name: 'Ingeborg Halvorsen', mrn: '4410233', dob: '1948-08-19' });
    }
  });

  it('labels the name leading a run-on line of colon-less labels', async () => {
    expect(await read('<main><p>Patient Name Ingeborg Halvorsen MRN 4410233 DOB 08/19/1948</p></main>')).toMatchObject({ name: 'Ingeborg Halvorsen', mrn: '4410233', dob: '1948-08-19' });
  });

  it('labels nothing in a form action or a heading that starts with the label', async () => {
    for (const text of ['Client Name Change Request', 'Patient Name Verification Required', 'Member Name On File']) {
      expect(await read(page(`<span>${text}</span>`))).toBeNull();
    }
  });
});
