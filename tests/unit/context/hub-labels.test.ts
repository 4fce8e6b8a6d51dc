import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/** A patient-support hub's patient panel. Markup of our own. */
const read = async (html: string) => (await readInHappyDom(`<!DOCTYPE html><html><body>${html}</body></html>`, 'https://hub.example.com/patients/9', (d, u) => extractClientContext(d, u, { today: '2026-12-07' }))).reading;

describe('a hub\'s own labels', () => {
  it('reads its patient number and the consented phone', async () => {
    const page = '<dl><dt>Patient Name</dt><dd>Wendeline Hargrove</dd><dt>Program Patient ID</dt><dd>PP-4410872</dd><dt>Date of Birth</dt><dd>01/09/1975</dd><dt>Consented mobile</dt><dd>(701) 555-0133</dd><dt>Case Number</dt><dd>00219341</dd></dl>';
    expect(await read(page)).toMatchObject({ name: 'Wendeline Hargrove', mrn: 'PP-4410872', dob: '1975-01-09', phone: '(701) 555-0133' });
    expect(await read(page.replace('Program Patient ID', 'Patient Key'))).toMatchObject({ mrn: 'PP-4410872' });
  });
});
