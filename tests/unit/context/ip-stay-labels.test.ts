import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';
import { matchLabel } from '../../../src/context/generic/labels';

/**
 * An inpatient banner's abbreviated expected discharge ("Exp Disch:") and a transfer center's "Assigned bed" for an
 * incoming patient. Markup of our own.
 */
const read = async (html: string) => (await readInHappyDom(`<!DOCTYPE html><html><body>${html}</body></html>`, 'https://ehr.example.org/inpatient/chart?id=8812', extractClientContext)).reading;

describe('inpatient stay labels', () => {
  it('know an abbreviated expected discharge and an assigned bed', () => {
    expect(matchLabel('Exp Disch:')).toMatchObject({ field: 'dischargeDate', dischargeActual: false });
    expect(matchLabel('Est. Disch Date')).toMatchObject({ field: 'dischargeDate', dischargeActual: false });
    expect(matchLabel('Assigned bed')).toMatchObject({ field: 'location' });
  });

  it('read the expected discharge from a banner', async () => {
    const banner = '<div class="hdr"><div class="nm">Szczepanski, Halvard</div><div>71 y.o. M</div><div>DOB: 2/9/1955</div><div>MRN: W7730118</div><div>Room/Bed: 3E-311-B</div><div>Adm: 12/1/2026</div><div>Exp Disch: 12/9/2026</div></div>';
    expect(await read(banner)).toMatchObject({ name: 'Halvard Szczepanski', admitDate: '2026-12-01', dischargeDate: '2026-12-09' });
  });

  it('read the bed a transfer center assigned', async () => {
    const request = '<h1>Transfer request TR-4410</h1><section><h2>Patient</h2><dl><dt>Name</dt><dd>Okonjo, Ifeoma</dd><dt>DOB</dt><dd>03/22/1958</dd><dt>MRN</dt><dd>RV5520931</dd></dl></section>' +
      '<section><h2>Placement</h2><dl><dt>Assigned bed</dt><dd>CCU Bed 04</dd><dt>Admit date</dt><dd>12/07/2026</dd></dl></section>';
    expect(await read(request)).toMatchObject({ name: 'Ifeoma Okonjo', location: 'CCU Bed 04', admitDate: '2026-12-07' });
  });
});
