import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/**
 * A radiology benefit manager's case prints the ordering office's own chart number under the member block: the
 * client's record number, ahead of the plan's member id (office-chart-label.ts). Markup of our own, synthetic people.
 */
describe("the ordering office's chart number", () => {
  it('is the record number, and its caption no second name', async () => {
    const html = `<!DOCTYPE html><html><head><title>Case 55120</title></head><body>
      <div class="col"><h3>Member</h3>
        <p>Cordelia Vantongeren<br>DOB: 01/25/1952 · Female<br>Member ID: QSA-7781203</p>
        <p>Requesting practice chart no.: <span>30917</span></p></div>
      <div class="col"><h3>Ordering Provider</h3><p>Ishaan Barlowe, MD<br>Ph (210) 555-0133</p></div>
      </body></html>`;
    const { reading } = await readInHappyDom(html, 'https://rbm.example.com/case/55120', extractClientContext);
    expect(reading?.name).toBe('Cordelia Vantongeren');
    expect(reading?.mrn).toBe('30917');
  });
});
