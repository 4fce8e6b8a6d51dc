import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { matchLabel } from '../../../src/context/generic/labels';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/**
 * Correctional records number their person by the corrections department's own number (custody-labels.ts): the
 * record number where no chart number is shown, never over one, and never a 'Doc #' (a document's, a doctor's); a
 * jail's booking number is one period in custody, never the record number. Markup of our own, synthetic people.
 */
const read = async (body: string) =>
  (await readInHappyDom(`<!DOCTYPE html><html><head><title>Health Services</title></head><body>${body}</body></html>`, 'https://hs.example.org/encounters/881', extractClientContext)).reading;

describe("a corrections department's number for the person", () => {
  it('labels the record number, weakly; a booking number labels something else', () => {
    for (const label of ['Inmate #', 'Inmate ID', 'Offender No.', 'Offender ID']) {
      expect(matchLabel(label)?.field, label).toBe('mrn');
      expect(matchLabel(label)?.weak, label).toBeGreaterThan(0);
    }
    expect(matchLabel('Booking #')?.field).toBeNull();
    expect(matchLabel('Employee #')?.staff).toBe(true);
    expect(matchLabel('Doc #')).toBeNull();
  });

  it("reads a sick-call encounter's inmate number beside the name heading", async () => {
    const r = await read(
      `<div class="nav">Sick Call · You: Harriet Olsen, RN</div>
       <main><h1>Ferreira, Tomas J</h1><div>Inmate # 604218 · DOB 03/09/1987 · Male · Housing D-1-204A</div>
       <p>Chief complaint: sore throat x 2 days.</p></main>`,
    );
    expect(r?.name).toBe('Tomas J. Ferreira');
    expect(r?.mrn).toBe('604218');
  });

  it('reads the offender id where no chart number is shown, and a labelled MRN over it', async () => {
    const strip = (extra: string) =>
      `<div class="menu">Health Services · User: Dana Whitby, RN</div>
       <div role="banner"><div><span>Inmate</span> <b>Lindgren, Marta</b></div><div><span>Offender ID</span> 550127</div><div><span>Date of birth</span> 1979-11-30</div>${extra}</div>
       <table><tr><td>Request #:</td><td>SC-2026-117</td></tr><tr><td>Received:</td><td>11/02/2026</td></tr></table>`;
    expect((await read(strip('')))?.mrn).toBe('550127');
    expect((await read(strip('<div><span>MRN</span> 7731904</div>')))?.mrn).toBe('7731904');
  });
});
