import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/**
 * A section's heading ("Encounter") right under a list of other patients (a recent-patients menu, a schedule line)
 * captions nothing above it: the other patients' birth dates are never the client's stay (am-caption-above.ts).
 * Markup of our own, synthetic people.
 */
const page = (above: string) => `<!DOCTYPE html><html><head><title>Chart</title></head><body><div class="patient-banner"><span class="pb-name">MORROW, Ezekiel</span> <span>#73302</span> <span>44yo M</span> <span>DOB 07/07/1982</span></div><div class="chart-body"><nav aria-label="Chart"><ul><li>Quickview</li></ul></nav><main>${above}<section><h2>Encounter</h2></section></main></div></body></html>`;
const read = async (html: string) => (await readInHappyDom(html, 'https://ehr.example.org/chart/73302', extractClientContext)).reading;

describe('a heading under other patients', () => {
  it('takes none of their dates as the stay', async () => {
    const menu = '<div class="recent" role="menu" aria-label="Recent patients"><div role="menuitem">HALVARD, Marit #48219 DOB 03/14/1964</div><div role="menuitem">VOSS, Teodor #51171 DOB 10/01/1988</div></div>';
    const line = '<div class="next-up">Next: HALVARD, Marit 03/14/1964</div>';
    for (const above of [menu, line]) {
      const r = await read(page(above));
      expect(r, above).toMatchObject({ name: 'Ezekiel Morrow', mrn: '73302', dob: '1982-07-07' });
      expect(r?.admitDate, above).toBeUndefined();
    }
  });
});
