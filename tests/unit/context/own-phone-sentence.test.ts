import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { ownPhoneSegment } from '../../../src/context/generic/own-phone-segment';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/** The client's own phone in a note's sentence or after a bare "Patient:" (own-phone-segment.ts). Markup of our own, synthetic people. */
const read = async (body: string) =>
  (await readInHappyDom(`<!DOCTYPE html><html><body>${body}</body></html>`, 'https://ed.example.org/dispo/44120', extractClientContext)).reading;

const banner = '<div><span aria-label="Patient name">Wilhelm Ostrander</span> <span>MRN 88013</span> <span>DOB 06/09/1958</span></div>';

describe("the client's phone among relatives' in a note", () => {
  it('finds the entry naming the client, whichever comes first', () => {
    expect(ownPhoneSegment("Wife Ilse at bedside, cell (608) 555-0131. Patient's home (608) 555-0119.")?.phone).toBe('(608) 555-0119');
    expect(ownPhoneSegment('Patient: (608) 555-0119 · Son Jonas Ostrander (608) 555-0177')?.phone).toBe('(608) 555-0119');
    expect(ownPhoneSegment('Son Jonas Ostrander (608) 555-0177. Daughter Mia (608) 555-0186.')).toBeNull();
  });

  it("reads it, never the relative's", async () => {
    expect((await read(`${banner}<p class="note">Wife Ilse at bedside, cell (608) 555-0131. Patient's home (608) 555-0119.</p>`))?.phone).toBe('(608) 555-0119');
    expect((await read(`${banner}<p>Patient: (608) 555-0119 · Son Jonas Ostrander, DOB 02/02/1990, (608) 555-0177</p>`))?.phone).toBe('(608) 555-0119');
  });
});
