import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/**
 * The sex printed beside the age where a banner line gives both: in brackets after the name ("(M, 58)", line.ts) and
 * in one cell after the age ("Age: 41 Y Sex: Female", gp-age-lead.ts). Markup of our own, synthetic people.
 */
const page = (banner: string) => `<!DOCTYPE html><html><head><title>Clinic</title></head><body><div class="top"><span>Clinic EHR</span></div>${banner}<main><h2>Visit</h2></main></body></html>`;
const read = async (banner: string) => (await readInHappyDom(page(banner), 'https://ehr.example.org/chart/1', (doc, url) => extractClientContext(doc, url, { today: '2026-12-05' }))).reading;

describe('the sex beside the age', () => {
  it('reads it in brackets after the name', async () => {
    expect(await read('<div class="patient-banner"><span class="pb-name">Dmitri Volkov</span> <span>(M, 58)</span> <span>DOB 02/09/1968</span> <span>MRN 3390117</span></div>')).toMatchObject({ name: 'Dmitri Volkov', sex: 'M' });
    expect(await read('<div class="patient-banner"><span class="pb-name">Ilse Brandt</span> <span>(58, F)</span> <span>DOB 02/09/1968</span> <span>MRN 3390118</span></div>')).toMatchObject({ name: 'Ilse Brandt', sex: 'F' });
  });

  it('reads it labelled after the age in one cell', async () => {
    const r = await read('<div class="pn-header"><table><tr><td><b>Oyelaran, Bisi</b></td><td>Acc No. 134410</td><td>DOB: 05/05/1985</td><td>Age: 41 Y Sex: Female</td></tr></table></div>');
    expect(r).toMatchObject({ name: 'Bisi Oyelaran', mrn: '134410', dob: '1985-05-05', sex: 'F' });
  });

  it('takes no sex beside an age that is not the birth date', async () => {
    const r = await read('<div class="patient-banner"><span class="pb-name">Dmitri Volkov</span> <span>(M, 31)</span> <span>DOB 02/09/1968</span> <span>MRN 3390117</span></div>');
    expect(r).toMatchObject({ name: 'Dmitri Volkov' });
    expect(r?.sex).toBeUndefined();
  });
});
