import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/**
 * A table's head row drawn with plain cells, each one bold caption, labels its columns, never the caption beside it
 * (bold-head-row.ts); a record heading's own note in brackets is no part of the name (heading-note.ts). Markup of our
 * own, synthetic people.
 */
const read = async (html: string) =>
  (await readInHappyDom(`<!DOCTYPE html><html><head><title>Posting</title></head><body>${html}</body></html>`, 'https://rcm.example.org/posting/batch/1', extractClientContext)).reading;

const batch = `<aside><table>
  <tr><td><b>Claim</b></td><td><b>Patient</b></td><td><b>Paid</b></td></tr>
  <tr><td>C-1001</td><td>Arbuthnot, Leona</td><td>$120.00</td></tr>
  <tr class="sel"><td>C-1002</td><td>Szabo, Imre K</td><td>$88.10</td></tr>
</table></aside>`;

describe('a head row of bold captions in plain cells', () => {
  it('gives no caption as the name of the record beside it', async () => {
    const r = await read(
      `${batch}<main><section aria-label="Patient account"><h3>Szabo, Imre K <small>(Self-pay balance $12.00)</small></h3>
       <div><label>Account #</label>HA-5512001</div><div><label>Birth Date</label>08/19/1958</div><div><label>Home Phone</label>(503) 555-0133</div></section></main>`,
    );
    expect(r?.name).not.toBe('Paid');
    expect(r?.name).toBe('Imre K. Szabo');
    expect(r?.mrn).toBe('HA-5512001');
  });

  it('reads no caption of the list as a one-word name when the record has no name of its own', async () => {
    const r = await read(
      `${batch}<main><section aria-label="Patient account"><div class="grid">
       <div><label>Account #</label>HA-5512001</div><div><label>Birth Date</label>08/19/1958</div><div><label>Sex</label>Male</div>
       <div><label>Home Phone</label>(503) 555-0133</div><div><label>Guarantor</label>Szabo, Imre K (Self)</div><div><label>Attending</label>Ferreira, Lucas MD</div></div></section>
       <h4>Claim C-1002 · Outpatient surgery</h4><table><tr><th>Line</th><th>Code</th><th>Paid</th></tr><tr><td>1</td><td>29881</td><td>$88.10</td></tr></table></main>`,
    );
    expect(r?.name ?? null).not.toBe('Paid');
  });

  it('keeps a heading’s bracketed record number as the record’s', async () => {
    const r = await read(`<h3>Szabo, Imre K <span>(5512001)</span></h3><div>DOB: 08/19/1958</div>`);
    expect(r?.name).toBe('Imre K. Szabo');
  });
});
