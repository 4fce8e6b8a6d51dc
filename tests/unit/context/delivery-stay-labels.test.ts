import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/**
 * A postpartum record dates the mother's birth stay in words of its own ("Admitted for delivery", "Maternal
 * discharge date": delivery-stay-labels.ts), beside the infant's birth and a later visit's date. Markup of our own,
 * synthetic people.
 */
const page = (admit: string, discharge: string) => `<!DOCTYPE html><html><head><title>Postpartum</title></head><body>
  <div class="who"><b>Mireille Okonjo-Baptiste</b> · Client # PP-40127 · DOB 01/23/1996</div>
  <h1>Postpartum follow-up</h1>
  <table><tr><td>${admit}</td><td>04/02/2026</td></tr><tr><td>Date of delivery</td><td>04/03/2026</td></tr>
  <tr><td>${discharge}</td><td>04/05/2026</td></tr><tr><td>Infant name</td><td>Zuri Okonjo-Baptiste</td></tr></table>
  <h2>Visit</h2><p>Visit date 04/12/2026 · BP 118/74</p></body></html>`;

describe("a birth's hospital stay", () => {
  it('is dated by its delivery admission and the mother’s discharge', async () => {
    const captions: [string, string][] = [['Admitted for delivery', 'Maternal discharge date'], ['L&D admission date', 'Discharged after delivery']];
    for (const [admit, discharge] of captions) {
      const { reading } = await readInHappyDom(page(admit, discharge), 'https://hv.example.org/pp/40127', extractClientContext);
      expect(reading?.admitDate, admit).toBe('2026-04-02');
      expect(reading?.dischargeDate, discharge).toBe('2026-04-05');
    }
  });
});
