import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/**
 * "PRN" is Practice Fusion's patient record number label, and a medication's "as needed" schedule: in a table's body
 * row under column headers it is a cell's value, never a label of the cell after it. Markup of our own.
 */
const read = async (cells: string) =>
  (
    await readInHappyDom(
      `<!DOCTYPE html><html><head><title>Medication Administration</title></head><body><div>Ward 3 WEST · User: HALE,MORGAN (RN)</div>
<div aria-label="Patient information"><div><label>Patient:</label> WESTERGAARD,INGRID LOUISE</div><div><label>DOB:</label> 02/11/1949 (77)</div><div><label>Sex:</label> FEMALE</div></div>
<table><tr><th>Medication</th><th>Dose</th><th>Route</th><th>Schedule</th><th>Order</th></tr>
<tr><td>FUROSEMIDE 40MG TAB</td><td>40MG</td><td>PO</td><td>DAILY</td><td>RX-40017</td></tr>
<tr><td>ACETAMINOPHEN 325MG TAB</td><td>650MG</td><td>PO</td>${cells}</tr></table></body></html>`,
      'https://mar.example.org/mar?ward=3W',
      (doc, url) => extractClientContext(doc, url, { today: '2026-12-05' }),
    )
  ).reading;

describe('a PRN cell in a medication table', () => {
  it('labels nothing: the next cell is no record number', async () => {
    const r = await read('<td>PRN</td><td>RX-40018</td>');
    expect(r).toMatchObject({ name: 'Ingrid Louise Westergaard', dob: '1949-02-11' });
    expect(r?.mrn).toBeUndefined();
  });

  it("still labels the record number in a key-value table's first column", async () => {
    const r = await readInHappyDom(
      `<!DOCTYPE html><html><body><table><tr><th>Field</th><th>Value</th></tr><tr><td>Patient</td><td>Westergaard, Ingrid Louise</td></tr>
<tr><td>PRN</td><td>PF-40018</td></tr><tr><td>DOB</td><td>02/11/1949</td></tr></table></body></html>`,
      'https://ehr.example.org/chart/40018',
      extractClientContext,
    );
    expect(r.reading).toMatchObject({ name: 'Ingrid Louise Westergaard', mrn: 'PF-40018' });
  });
});
