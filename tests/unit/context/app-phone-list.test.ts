import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/** An admissions app's state keeping the patient's numbers as a typed list. Markup of our own, synthetic people. */
const read = async (html: string) => (await readInHappyDom(html, 'https://adt.example.org/sheet/77', extractClientContext)).reading;
const page = (phones: object[]) =>
  `<!DOCTYPE html><html><head><title>Face sheet</title></head><body><div class="hdr"><h1>Face Sheet</h1><div>Patient <b>OKORO, BASIL</b> · M · 02/02/1982 (44 y)</div><div>MRN <span>AX-77120</span></div></div>` +
  `<script type="application/json" id="state">${JSON.stringify({ sheet: { patient: { mrn: 'AX-77120', firstName: 'Basil', lastName: 'Okoro', birthDate: '1982-02-02', phones } } })}</script></body></html>`;

describe('app phone list', () => {
  it('reads the mobile number of a typed list', async () => {
    expect(await read(page([{ use: 'work', value: '(303) 555-0901' }, { use: 'mobile', value: '(303) 555-0142' }]))).toMatchObject({ name: 'Basil Okoro', mrn: 'AX-77120', phone: '(303) 555-0142' });
  });

  it('reads the entry the record flags as primary before a mobile one', async () => {
    const phones = [{ type: 'Home', number: '(303) 555-0139', primary: true }, { type: 'Mobile', number: '(303) 555-0181', primary: false }];
    expect(await read(page(phones))).toMatchObject({ name: 'Basil Okoro', phone: '(303) 555-0139' });
  });

  it('never reads a work number alone', async () => {
    expect((await read(page([{ type: 'work', number: '(303) 555-0901' }])))?.phone).toBeUndefined();
  });
});
