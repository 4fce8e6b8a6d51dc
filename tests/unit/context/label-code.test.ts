import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { matchLabel } from '../../../src/context/generic/labels';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/**
 * A label with its own short code in brackets ("Patient ID (pid):") is the label before it; a bracket naming
 * someone else, or another field, is not (label-code.ts). Markup of our own, synthetic people.
 */
const read = async (html: string) =>
  (await readInHappyDom(`<!DOCTYPE html><html><head><title>Edit</title></head><body>${html}</body></html>`, 'https://ehr.example.org/calendar/edit', extractClientContext)).reading;

describe('a label with a short code in brackets', () => {
  it('reads as the label before it', () => {
    expect(matchLabel('Patient ID (pid)')?.field).toBe('mrn');
    expect(matchLabel('Chart No. (PRN):')?.field).toBe('mrn');
    expect(matchLabel('Date of Birth (DOB)')?.field).toBe('dob');
    expect(matchLabel('Record Number (EHR)')?.field).toBe('mrn');
  });

  it('is someone else’s, or two fields, when the bracket says so', () => {
    expect(matchLabel('Phone (mom)')).toBeNull();
    expect(matchLabel('DOB (Spouse)')).toBeNull();
    expect(matchLabel('Phone (NOK)')).toBeNull();
    expect(matchLabel('DOB (mo)')).toBeNull();
    expect(matchLabel('Patient (MRN)')).toBeNull();
    // Capitals that do not abbreviate the label name an issuing system only on an identifier's label.
    expect(matchLabel('PHONE (GRAN)')).toBeNull();
    expect(matchLabel('Birth Date (GRDN)')).toBeNull();
  });

  it('gives the record number in an edit dialog', async () => {
    const r = await read(
      `<div role="dialog"><h3>Edit Event</h3><table><tr><td>Patient:</td><td><input value="Okafor, Ruth" readonly> <span>DOB: 1961-02-14</span> <a href="#">Patient ID (pid): 7731</a></td></tr></table></div>`,
    );
    expect(r?.name).toBe('Ruth Okafor');
    expect(r?.mrn).toBe('7731');
  });
});
