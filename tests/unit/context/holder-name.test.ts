import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/**
 * An authorization result names the subscriber (the policy holder) beside a dependant patient: the patient's labelled
 * name wins, where two labelled names had made the page unreadable (holder-name.ts). Markup of our own, synthetic people.
 */
const page = (patient: string) => `<!DOCTYPE html><html><head><title>Auth inquiry</title></head><body>
  <div class="card"><h2>Patient</h2>
    ${patient}
    <div><div class="lbl">Patient Date of Birth</div><div class="val">06/02/2011</div></div>
    <div><div class="lbl">Member ID</div><div class="val">ZQ 7700142 03</div></div>
    <div><div class="lbl">Subscriber Name</div><div class="val">FAIRBAIRN, LEOPOLD</div></div>
    <div><div class="lbl">Relationship to Subscriber</div><div class="val">Child</div></div>
  </div></body></html>`;

describe("a subscriber's name beside the patient's", () => {
  it("reads the patient's, not the subscriber's", async () => {
    const html = page('<div><div class="lbl">Patient Name</div><div class="val">FAIRBAIRN, ISOLDE K</div></div>');
    const { reading } = await readInHappyDom(html, 'https://payer.example.com/auth/results/1', extractClientContext);
    expect(reading?.name).toBe('Isolde K. Fairbairn');
    expect(reading?.dob).toBe('2011-06-02');
  });

  it("still reads the subscriber's when it is the only name", async () => {
    const { reading } = await readInHappyDom(page(''), 'https://payer.example.com/auth/results/2', extractClientContext);
    expect(reading?.name).toBe('Leopold Fairbairn');
  });
});
