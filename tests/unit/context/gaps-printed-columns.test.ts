import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/**
 * A roll-and-scroll report in a <pre>: its heading row's values in fixed-width columns with no labels, the name first,
 * then padded "Label    : value" rows (printed-columns.ts, labelled.ts). Markup of our own, synthetic people.
 */
const inquiry = (head: string) => `REGISTRATION INQUIRY                              Printed: Dec 05, 2026@08:15
------------------------------------------------------------------------------
${head}
==============================================================================
   Phone: (512) 555-0148
     Sex: FEMALE

 Status      : PATIENT HAS BEEN ADMITTED (11/30/2026@09:20)
 Ward        : 4B MEDICINE
 Remarks: NOK: QUILLFEATHER,ROLAND (HUSBAND)  Phone: (512) 555-0190
`;
const read = async (text: string, style = '') =>
  (
    await readInHappyDom(
      `<!DOCTYPE html><html><head><title>Reports</title></head><body><ul><li>Health Summary</li><li>Inquiry</li></ul><pre${style}>${text}</pre></body></html>`,
      'https://reports.example.org/inquiry?station=4&id=7781',
      (doc, url) => extractClientContext(doc, url, { today: '2026-12-05' }),
    )
  ).reading;

const row = 'QUILLFEATHER,MARISOL ANNE          666-20-4417          FEB 03,1961';

describe("a printed report's heading row", () => {
  it('gives the name and the birth date from its columns, the rows below the rest', async () => {
    expect(await read(inquiry(row))).toMatchObject({
      name: 'Marisol Anne Quillfeather',
      dob: '1961-02-03',
      sex: 'F',
      phone: '(512) 555-0148',
      admitDate: '2026-11-30',
      location: '4B MEDICINE',
    });
  });

  it('is not read when several rows are led by a name (a census printed as text)', async () => {
    expect(await read(inquiry(`${row}\nOYELARAN,BISI TUNDE          666-71-0032          JUN 12,1948`))).toBeNull();
  });

  it('is not read under a row of column titles (one search result)', async () => {
    expect(await read(`NAME                          SSN                  DOB\n${row}\n`)).toBeNull();
  });

  it('is not read when the report is hidden', async () => {
    expect(await read(inquiry(row), ' style="display:none"')).toBeNull();
  });
});
