import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/** A nurse triage call's callback number (triage-callback.ts). Markup of our own, synthetic people. */
const read = async (body: string) =>
  (await readInHappyDom(`<!DOCTYPE html><html><head><title>Triage call</title></head><body>${body}</body></html>`, 'https://nurseline.example.org/calls/7731', extractClientContext)).reading;

const call = (caller: string, patientRows = '') =>
  `<h1>Triage call 7731</h1><div class="caller">${caller}<p>Callback number: (651) 555-0182</p></div>` +
  `<table><tr><th>Patient</th><td>Evander Quillfeather</td></tr><tr><th>MRN</th><td>TQ-40218</td></tr>` +
  `<tr><th>DOB</th><td>05/30/2020</td></tr>${patientRows}</table>`;

describe("a triage call's callback number", () => {
  it("is the caller's when a parent rang: not the patient's phone", async () => {
    const r = await read(call('<p>Caller: Marisela Quillfeather</p><p>Relationship to patient: Mother</p>'));
    expect(r?.name).toBe('Evander Quillfeather');
    expect(r?.phone).toBeUndefined();
  });

  it("is the caller's when anyone the reader knows as someone else rang: a step-parent, a cousin, a nurse", async () => {
    for (const caller of ['Caller: Dmitri Voss (stepfather)', 'Called by: Ines Quillfeather, cousin', 'Call from: Nurse Adebayo at Linden Court'])
      expect((await read(call(`<p>${caller}</p>`)))?.phone, caller).toBeUndefined();
  });

  it("yields to the patient's own phone when a relative rang", async () => {
    const r = await read(call('<p>Called by: Osric Quillfeather — father</p>', '<tr><th>Home phone</th><td>(651) 555-0119</td></tr>'));
    expect(r?.phone).toBe('(651) 555-0119');
  });

  it('is the patient\'s when the patient rang (or no caller is named)', async () => {
    expect((await read(call('<p>Call from: Self</p>')))?.phone).toBe('(651) 555-0182');
    expect((await read(call('')))?.phone).toBe('(651) 555-0182');
  });

  it('is the patient\'s on a self call whose record names relatives elsewhere', async () => {
    const r = await read(call('<p>Call type: Self</p>', '<tr><th>Supports named by caller</th><td>Imelda Quillfeather, sister</td></tr>'));
    expect(r?.phone).toBe('(651) 555-0182');
    const s = await read(call('<p>Caller: Self</p><p>Notes: the caller reports her mother is visiting</p>'));
    expect(s?.phone).toBe('(651) 555-0182');
  });

  it("reads a telephone encounter's 'Best callback #' on a self call", async () => {
    const r = await read(call('<p>Call from: Self</p>').replace('Callback number:', 'Best Callback #:'));
    expect(r?.phone).toBe('(651) 555-0182');
  });

  it('names a caller also by aria-label only', async () => {
    const r = await read(call('<section aria-label="Caller"><span aria-label="Caller name">Marisela Quillfeather</span> (mother)</section>'));
    expect(r?.name).toBe('Evander Quillfeather');
    expect(r?.phone).toBeUndefined();
  });
});
