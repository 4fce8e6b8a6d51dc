import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { matchLabel } from '../../../src/context/generic/labels';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/**
 * An emergency visit dated by the patient's arrival and departure (ed-visit-labels.ts). Markup of our own, synthetic
 * people.
 */
const read = async (html: string) => (await readInHappyDom(html, 'https://ed.example.org/visits/5521/aftercare', extractClientContext)).reading;

describe("an ED visit's arrival and departure", () => {
  it('are its admission and its discharge', () => {
    for (const label of ['Arrived', 'ED Arrival:', 'Arrival Date/Time', 'ER arrived', 'Emergency Dept Arrival Time']) expect(matchLabel(label)?.field, label).toBe('admitDate');
    for (const label of ['Departure:', 'ED Departure Date', 'Departed', 'ED Depart Time']) {
      expect(matchLabel(label)?.field, label).toBe('dischargeDate');
      expect(matchLabel(label)?.dischargeActual, label).toBe(true);
    }
    expect(matchLabel('Departure lounge')).toBeNull();
  });

  it("read in a printed visit header's line", async () => {
    const html = `<!DOCTYPE html><html><head><title>Aftercare instructions</title></head><body>
<div class="hdr"><p>Instructions for: <b>KAMARA, SELINA</b></p>
<p>MR#: QE-5521 &nbsp; DOB: 02/17/1964 &nbsp; Sex: F</p>
<p>ED Arrival: 12/02/2026 09:14 &nbsp; Departure: 12/02/2026 15:40</p></div>
<p>Follow up with your doctor in 3 days.</p></body></html>`;
    const r = await read(html);
    expect(r?.name).toBe('Selina Kamara');
    expect(r?.admitDate).toBe('2026-12-02');
    expect(r?.dischargeDate).toBe('2026-12-02');
  });
});
