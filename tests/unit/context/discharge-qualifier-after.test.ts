import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { matchLabel } from '../../../src/context/generic/labels';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

// The day the stays are read on (time injected: the dates below stay current).
const read = (doc: Document, url: string) => extractClientContext(doc, url, { today: '2026-12-07' });

/**
 * Kiosk and bed-board bars put the expected discharge's qualifier after the noun ("D/C planned 12/15/2026",
 * "Discharge expected …"): an expected discharge all the same (labels.ts). Markup of our own, synthetic people.
 */
describe('an expected discharge qualified after the noun', () => {
  it('labels the expected discharge', () => {
    expect(matchLabel('D/C planned')).toMatchObject({ field: 'dischargeDate', dischargeActual: false });
    expect(matchLabel('Discharge expected')).toMatchObject({ field: 'dischargeDate', dischargeActual: false });
  });

  it('reads it in a bullet line', async () => {
    const { reading } = await readInHappyDom(
      `<!DOCTYPE html><html><head><title>Resident</title></head><body>
       <div class="bar"><div><strong>MARLOWE, TOBIAS R.</strong> | 84 yo M | DOB 2/11/1942 | Res# GH-4410</div>
       <div>Rm 210-E &bull; Adm 11/3/2026 &bull; D/C planned 12/18/2026 &bull; Payer: Medicare A</div></div>
       </body></html>`,
      'https://poc.example.org/resident/4410',
      read,
    );
    expect(reading?.name).toMatch(/Tobias R\.? Marlowe/);
    expect(reading?.dischargeDate).toBe('2026-12-18');
  });
});
