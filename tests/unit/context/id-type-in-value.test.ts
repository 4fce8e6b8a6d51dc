import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/**
 * A banner item captioned by an aria-label ('Medical record number') may still print its type before the number
 * ('MRN 4471902'), which another reading of the same item takes bare: one number, not two (parse/fields.ts).
 * Markup of our own.
 */
const page = `<!DOCTYPE html><html><head><title>Medication administration</title></head><body>
<div class="nurse">Scanning as: PEMBERTON, JO RN</div>
<section class="strip" aria-label="Patient banner">
 <strong>ACHTERBERG, Wilhelmina</strong>
 <span aria-label="Age and sex">79 yo F</span>
 <span aria-label="Date of birth">DOB 06/02/1947</span>
 <span aria-label="Medical record number">MRN 4471902</span>
 <span aria-label="Room">4N-402-2</span>
</section>
<table><tr><th>Medication</th><th>Due</th></tr><tr><td>metoprolol 25 mg PO</td><td>21:00</td></tr></table>
</body></html>`;

describe('an identifier printing its own type', () => {
  it('is the same number as the bare one beside it', async () => {
    const r = (await readInHappyDom(page, 'https://emar.example.org/mar/4471902', extractClientContext)).reading;
    expect(r).toMatchObject({ name: 'Wilhelmina Achterberg', mrn: '4471902', dob: '1947-06-02', sex: 'F' });
  });
});
