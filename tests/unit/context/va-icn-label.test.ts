import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/** The VA's enterprise record number spelt out, "Integration Control Number" (labels.ts reads "ICN" already). Markup of our own. */
const page = `<!DOCTYPE html><html><head><title>Demographics</title></head><body>
<div class="user">User: HALVERSON,PER RN</div>
<table class="demo">
 <tr><td>Name:</td><td>ZABROWSKI,LEON MATTHIAS</td></tr>
 <tr><td>Date of Birth:</td><td>Feb 27,1951</td></tr>
 <tr><td>Sex:</td><td>MALE</td></tr>
 <tr><td>Integration Control Number:</td><td>1009921774V330186</td></tr>
</table>
</body></html>`;

describe('an Integration Control Number', () => {
  it('is the record number', async () => {
    const r = (await readInHappyDom(page, 'https://vista.example.org/demographics', extractClientContext)).reading;
    expect(r).toMatchObject({ name: 'Leon Matthias Zabrowski', mrn: '1009921774V330186', dob: '1951-02-27' });
  });
});
