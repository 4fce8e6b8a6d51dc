import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { phoneLeadSegment } from '../../../src/context/generic/phone-lead-line';

/**
 * A long line opened by a phone's label whose colon went (markup of our own, after the corpus's no-label-colons
 * mutation): the number right after the label is the client's, as with the colon; another person's number later in the
 * line never is.
 */
const parse = (html: string) => new DOMParser().parseFromString(`<!DOCTYPE html><html><head><title>After Visit Summary</title></head><body>${html}</body></html>`, 'text/html');
const read = (html: string) => extractClientContext(parse(html), 'https://clinic.example.org/avs/5530912');
const record = `<table><tr><td>Patient</td><td>Varga-Holloway, Tamsin</td></tr><tr><td>MRN</td><td>5530912</td></tr><tr><td>Date of Birth</td><td>04/11/1969</td></tr></table>`;

describe("a phone's label opening a line without its colon", () => {
  it('reads the number right after the label, not the emergency contact\u2019s after it', async () => {
    const page = `${record}<p>Home phone (503) 555-0172 · Emergency contact Tomas Varga (brother) (503) 555-0173</p>`;
    expect(await read(page)).toMatchObject({ name: 'Tamsin Varga-Holloway', mrn: '5530912', phone: '(503) 555-0172' });
  });

  it("never gives the client a number in a line another person's caption opens", async () => {
    const page = `${record}<p>Emergency contact Tomas Varga (brother) (503) 555-0173 · Home phone on file with the front desk</p>`;
    expect((await read(page))?.phone).toBeUndefined();
  });

  it("gives the first segment with its colon back, only after a phone's own label and before one phone's shape", () => {
    expect(phoneLeadSegment('Home phone (503) 555-0172 · Emergency contact Tomas Varga (brother) (503) 555-0173')).toBe('Home phone: (503) 555-0172');
    expect(phoneLeadSegment('Ph (503) 555-0172 (home) • (503) 555-0174 (cell) • Email tv@mail.example')).toBe('Ph: (503) 555-0172 (home)');
    expect(phoneLeadSegment('Home (503) 555-0172 · Emergency contact Tomas Varga (brother) (503) 555-0173')).toBeNull();
    expect(phoneLeadSegment('Guardian phone (503) 555-0173 · Tomas Varga, brother, picks her up after the visit')).toBeNull();
    expect(phoneLeadSegment('Home phone: (503) 555-0172 · Emergency contact: Tomas Varga (503) 555-0173')).toBeNull();
  });
});
