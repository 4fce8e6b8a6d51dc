import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/** A teaching hospital's "Resident: Dr. …" under the patient's details. Markup of our own, synthetic people. */
const page = (body: string) => `<!DOCTYPE html><html><head><title>Admission</title></head><body>${body}</body></html>`;
const read = async (html: string) => (await readInHappyDom(html, 'https://ehr.example.org/adt/facesheet', extractClientContext)).reading;

describe('titled clinician', () => {
  it('does not take the resident doctor for a second client', async () => {
    const r = await read(page('<h1>Admission sheet</h1><dl><dt>Patient Name</dt><dd>OYELARAN, TUNDE</dd><dt>MRN</dt><dd>QX55102</dd><dt>DOB</dt><dd>03/09/2012</dd><dt>Attending</dt><dd>Dr. Priya Varadarajan</dd><dt>Resident</dt><dd>Dr. Colm Featherstone</dd></dl>'));
    expect(r).toMatchObject({ name: 'Tunde Oyelaran', mrn: 'QX55102', dob: '2012-03-09' });
  });

  it('still reads a care home resident under the bare word', async () => {
    const r = await read(page('<h1>Resident profile</h1><dl><dt>Resident</dt><dd>Winifred Ashcombe</dd><dt>Resident ID</dt><dd>R-2231</dd><dt>DOB</dt><dd>07/01/1936</dd></dl>'));
    expect(r).toMatchObject({ name: 'Winifred Ashcombe', mrn: 'R-2231', dob: '1936-07-01' });
  });
});
