import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/**
 * An HIE's own pages label the record number "HIE ID" / "HIE Record"; its notices to a practice print the practice's
 * number as "Your Patient ID" beside the HIE's (labels.ts). Markup of our own.
 */
const card = (rows: string) => `<!DOCTYPE html><html><head><title>Community record</title></head><body>
<div class="top">Signed in: Halvorsen, Britt (RN)</div>
<div class="who">
 <h2>PELLETIER, AUGUSTINE</h2>
 <table>
  <tr><th>Birth date</th><td>07/19/1961</td></tr>
  <tr><th>Sex</th><td>Male</td></tr>
  ${rows}
 </table>
</div>
</body></html>`;
const read = async (rows: string) => (await readInHappyDom(card(rows), 'https://hie.example.org/record/1', extractClientContext)).reading;

describe('HIE record numbers', () => {
  it('reads an HIE id as the record number where no other is shown', async () => {
    expect(await read('<tr><th>HIE Record #</th><td>QH-5520917</td></tr>')).toMatchObject({ name: 'Augustine Pelletier', mrn: 'QH-5520917', dob: '1961-07-19' });
  });

  it("lets an HIE id yield to the chart's MRN", async () => {
    expect(await read('<tr><th>HIE ID</th><td>QH-5520917</td></tr><tr><th>MRN</th><td>A0081234</td></tr>')).toMatchObject({ mrn: 'A0081234' });
  });

  it("takes the practice's own number from a notice addressed to it", async () => {
    expect(await read('<tr><th>HIE Patient ID</th><td>QH-5520917</td></tr><tr><th>Your Patient ID</th><td>PX-30071</td></tr>')).toMatchObject({ mrn: 'PX-30071' });
  });
});
