import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/**
 * Banner lines of monitoring alerts and waiver case files (line.ts): a phone's area code in brackets is no
 * age, a name's bracketed number stays with the name, a bracketed chip after a linked name is read.
 * Markup of our own, synthetic people.
 */
const read = async (body: string) => (await readInHappyDom(`<!DOCTYPE html><html><head><title>Alert</title></head><body><header><span class="user">Nguyen, Tam</span></header>${body}</body></html>`, 'https://rpm.example.org/alerts/77', extractClientContext)).reading;

describe('a banner line', () => {
  it("keeps the sex beside the birth date when a phone's area code is in brackets", async () => {
    const r = await read(`<div class="p-head"><div class="nm">Fairweather, Beulah</div><div class="row">Medicaid ID 880020118K | DOB 11/27/1940 | Female | Phone (317) 555-0103</div></div>`);
    expect(r).toMatchObject({ name: 'Beulah Fairweather', dob: '1940-11-27', sex: 'F', phone: '(317) 555-0103' });
  });

  it('reads a labelled name with its number in brackets, in text or after a link', async () => {
    expect(await read(`<div class="alert-head"><p>Patient: Sutherland, Ewan (MRN 55013390) · DOB 10/31/1944</p></div>`)).toMatchObject({ name: 'Ewan Sutherland', mrn: '55013390', dob: '1944-10-31' });
    expect(await read(`<div class="alert-head"><p>Patient: <a href="#">Sutherland, Ewan</a> (MRN 55013390) · DOB 10/31/1944</p></div>`)).toMatchObject({ name: 'Ewan Sutherland', mrn: '55013390', dob: '1944-10-31' });
  });
});
