import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/**
 * Discharge instructions written to the patient say the stay in a sentence: "You were in the hospital from … to …"
 * (stay-prose.ts). Markup of our own, synthetic people.
 */
const page = (sentence: string) =>
  `<!DOCTYPE html><html><head><title>Your Discharge Instructions</title></head><body><div class="avs"><h1>Your Discharge Instructions</h1><div class="who"><h2>Yusra Haddad-Lind</h2><p>Date of birth: 4/4/1949 · MRN: BV-0091273</p><p>${sentence}</p></div><h3>Follow-up</h3><p>See Dr. Amos Kellerman within 7 days.</p></div></body></html>`;
const read = async (sentence: string) => (await readInHappyDom(page(sentence), 'https://avs.bayview-health.net/discharge/91273', extractClientContext)).reading;

describe('the stay in a sentence to the patient', () => {
  it('is the admission and the discharge', async () => {
    for (const s of ['You were in the hospital from 11/29/2026 to 12/03/2026.', 'You stayed in hospital from 11/29/2026 to 12/03/2026.']) {
      const r = await read(s);
      expect(r?.admitDate, s).toBe('2026-11-29');
      expect(r?.dischargeDate, s).toBe('2026-12-03');
    }
  });

  it("is not a relative's stay", async () => {
    const r = await read('Your husband was in the hospital from 11/29/2026 to 12/03/2026.');
    expect(r?.name).toBe('Yusra Haddad-Lind');
    expect(r?.admitDate).toBeUndefined();
  });
});
