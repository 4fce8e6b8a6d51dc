import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/** A transition-of-care summary: a labelled stay, then the hospital course in sentences. Markup of our own. */
const read = async (html: string) => (await readInHappyDom(`<!DOCTYPE html><html><body>${html}</body></html>`, 'https://ehr.example.org/toc', extractClientContext)).reading;
const header = '<table><tr><td><b>Patient:</b> Oyelaran Babatunde</td><td><b>MRN:</b> 81120493</td></tr><tr><td><b>DOB:</b> 04/04/1952</td><td><b>Sex:</b> Male</td></tr><tr><td><b>Admission Date:</b> 11/21/2026</td><td><b>Discharge Date:</b> 11/29/2026</td></tr></table>';

describe('a hospital course\'s sentence with "from" in it', () => {
  it('starts no period: the labelled admission stands', async () => {
    const r = await read(`${header}<p>Admitted with cellulitis from a dog bite. His daughter Folasade Babatunde (DOB 02/02/1980) will assist at home.</p>`);
    expect(r).toMatchObject({ name: 'Oyelaran Babatunde', admitDate: '2026-11-21', dischargeDate: '2026-11-29' });
  });

  it('a period that starts with its date is still read', async () => {
    expect(await read('<div class="enc"><span>Patient: Oyelaran Babatunde</span> <span>MRN: 81120493</span></div><p>Inpatient encounter from 11/21/2026 to 11/29/2026</p>')).toMatchObject({ admitDate: '2026-11-21', dischargeDate: '2026-11-29' });
  });
});
