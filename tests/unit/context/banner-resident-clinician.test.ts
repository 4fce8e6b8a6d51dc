import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/**
 * A teaching hospital's banner names the house staff: "Resident:" labels the client in a nursing home but a physician
 * here, and only the credential after the name tells them apart. Markup of our own.
 */
const read = async (html: string) => (await readInHappyDom(`<!DOCTYPE html><html><body>${html}</body></html>`, 'https://ehr.teaching-hospital.example/chart?id=44120', extractClientContext)).reading;

const banner = (resident: string) =>
  `<div class="hdr"><div class="nm">Quillfeather-Dunn, Ottilie</div><div>9 y.o. F</div><div>DOB: 6/2/2017</div><div>MRN: Q5503318</div>` +
  `<div>Attending: Brandvold, Sigrid, MD</div><div>Resident: ${resident}</div><div>Bed: 3C-14</div></div>`;

describe('a labelled name with a clinician\'s credential after it', () => {
  it('is never taken for the client, however the label reads elsewhere', async () => {
    const reading = await read(banner('Okoro, Chiamaka, MD'));
    expect(reading?.name).not.toMatch(/Okoro|Chiamaka/);
    expect(reading).toMatchObject({ name: 'Ottilie Quillfeather-Dunn', mrn: 'Q5503318', dob: '2017-06-02' });
  });

  it('leaves a resident named without a credential read as the client (a care home\'s label)', async () => {
    const reading = await read('<div class="card"><div>Resident: Okoro, Chiamaka</div><div>DOB: 3/4/1936</div><div>Room: 112</div></div>');
    expect(reading).toMatchObject({ name: 'Chiamaka Okoro', dob: '1936-03-04' });
  });
});
