import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/**
 * A hospital banner prints the enterprise (master patient index) id beside the facility's MRN: the MRN is the
 * chart's record number, the enterprise id only where no other is shown, as an EMPI is (labels.ts). Markup of our own.
 */
const page = (ids: string) => `<!DOCTYPE html><html><head><title>Patient overview</title></head><body>
<div class="nav">Signed in as Okonjo, Adaeze (Social Worker)</div>
<div class="band" aria-label="Patient banner">
 <div class="big">VANTERPOOL, CORNELIUS R</div>
 ${ids}
 <div><div class="cap">DOB / Age</div><div>04/09/1944 / 82Y</div></div>
 <div><div class="cap">Gender</div><div>Male</div></div>
</div>
</body></html>`;
const read = async (ids: string) => (await readInHappyDom(page(ids), 'https://ehr.example.org/overview', extractClientContext)).reading;

describe('an enterprise id', () => {
  it('yields to the MRN beside it', async () => {
    expect(await read('<div><div class="cap">Enterprise ID</div><div>77201-9934</div></div><div><div class="cap">MRN</div><div>VH0042215</div></div>')).toMatchObject({
      name: 'Cornelius R. Vanterpool',
      mrn: 'VH0042215',
      dob: '1944-04-09',
    });
  });

  it('is the record number where no other is shown', async () => {
    expect(await read('<div><div class="cap">Enterprise ID</div><div>77201-9934</div></div>')).toMatchObject({ mrn: '77201-9934' });
  });
});
