import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { matchLabel } from '../../../src/context/generic/labels';

const doc = (body: string) => new DOMParser().parseFromString(`<!DOCTYPE html><html><head><title>Notice</title></head><body>${body}</body></html>`, 'text/html');
const read = (d: Document) => extractClientContext(d, 'https://benefits.example.gov/notices/771', { adapters: [], today: '2026-12-07' });

describe('a benefits worker\'s label', () => {
  it('is staff, like "User:"', () => {
    expect(matchLabel('Worker:')?.field).toBeNull();
    expect(matchLabel('Caseworker')?.field).toBeNull();
    expect(matchLabel('Eligibility Worker:')?.field).toBeNull();
  });

  it("keeps the caseworker's phone beside the notice's address block from the client", async () => {
    const d = doc(
      `<table><tr><td>ESPINOZA, MARCO T<br>18 ELM ST<br>TUCSON AZ 85701</td>` +
        `<td>Case Number: 441-220-918<br>Client ID: 770118234R<br>Date of Birth: 03/14/1971<br>Worker: D. Okafor, (520) 555-0109</td></tr></table>` +
        `<p>Dear Marco T Espinoza:</p>`,
    );
    const r = await read(d);
    expect(r).toMatchObject({ mrn: '770118234R', dob: '1971-03-14' });
    expect(r?.phone).toBeUndefined();
  });
});
