import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/**
 * A FHIR app's summary card prints each identifier as its value, then its type in brackets with the issuer before it
 * ("LV-5510293 (Lakeview MRN)"); a plan's number the same way is no record number (id-then-type.ts). Markup of our
 * own, synthetic people.
 */
const page = `<!DOCTYPE html><html><head><title>Summary</title></head><body>
<header><span>Care Console</span> <span>Theo Vandermeer, RN</span></header>
<aside class="sum-card">
  <div class="avatar">MQ</div>
  <h2 class="sum-name">Marisol Quintero-Vela</h2>
  <p class="sum-demo">44Y · F · 1982-03-03</p>
  <ul class="sum-items">
    <li><svg aria-hidden="true"></svg><span>Spanish (preferred)</span></li>
    <li><svg aria-hidden="true"></svg><span>HP-88120431 (Member ID)</span></li>
    <li><svg aria-hidden="true"></svg><span>LV-5510293 (Lakeview MRN)</span></li>
  </ul>
</aside>
<section><h3>Tasks</h3><ul><li>Follow-up call — due Dec 9, 2026</li></ul></section>
</body></html>`;

describe('an identifier followed by its type in brackets', () => {
  it('is the record number when the type is one', async () => {
    const { reading } = await readInHappyDom(page, 'https://console.example.org/Patient/ab12', extractClientContext);
    expect(reading?.name).toBe('Marisol Quintero-Vela');
    expect(reading?.mrn).toBe('LV-5510293');
  });
});
