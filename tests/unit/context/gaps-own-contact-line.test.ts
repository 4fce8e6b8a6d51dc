import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/**
 * A chart banner's own contact line after its PCP chip ("M: 555-…") is the client's; a relative's chip keeps its
 * phone, and an office line after the PCP stays the PCP's (own-contact-line.ts, labels.ts). Markup of our own.
 */
const page = (chip: string, phone: string) => `<div class="topnav"><span>Calendar</span><span class="me">Logged in: Dr. Priya Castellanos</span></div>
<div class="chart-banner">
  <div class="ph-name"><a title="Open Quickview">Lindqvist, Marit E</a></div>
  <div class="ph-meta"><span>61yo</span> <span>F</span> <span>04/02/1965</span> <span>#771203</span></div>
  <div class="ph-badges"><span class="allergy">ALLERGIES: Penicillin</span><span class="badge">Portal: active</span></div>
  <div class="ph-pcp">${chip}</div>
  <div class="ph-phone">${phone}</div>
</div>
<div class="note"><h3>Reason for visit</h3><p>Follow-up of hypertension.</p></div>`;
const read = async (body: string) =>
  (await readInHappyDom(`<!DOCTYPE html><html><head><title>Encounter</title></head><body>${body}</body></html>`, 'https://ambu.example.org/encounter?id=88120', extractClientContext)).reading;
const PCP = 'PCP: Priya Castellanos, MD · Ins: Medicare Part B (MBI 5RT2-QW8-LK11)';

describe("a contact line in the client's own banner, after the PCP's chip", () => {
  it('is the client\'s with a one-letter mobile label', async () => {
    expect(await read(page(PCP, 'M: 555-604-2211'))).toMatchObject({ name: 'Marit E. Lindqvist', mrn: '771203', phone: '555-604-2211' });
  });

  it("is the client's with a spelled-out mobile label", async () => {
    expect(await read(page(PCP, 'Mobile: (555) 604-2211'))).toMatchObject({ name: 'Marit E. Lindqvist', phone: '(555) 604-2211' });
  });

  it("stays the PCP's when it is an office line", async () => {
    const r = await read(page(PCP, 'Office: (555) 300-1000'));
    expect(r).toMatchObject({ name: 'Marit E. Lindqvist', mrn: '771203' });
    expect(r?.phone).toBeUndefined();
  });

  it("stays the relative's after an emergency contact's chip", async () => {
    const r = await read(page('Emergency contact: Sven Lindqvist (son)', 'M: 555-604-9988'));
    expect(r).toMatchObject({ name: 'Marit E. Lindqvist', mrn: '771203' });
    expect(r?.phone).toBeUndefined();
  });
});
