import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { matchLabel } from '../../../src/context/generic/labels';
import { withoutUnknownFields } from '../../../src/context/generic/screen-row';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/** Host screens (3270, 5250, VT) shown in a browser as preformatted rows. Markup and people of our own. */
const read = async (html: string) => (await readInHappyDom(`<!DOCTYPE html><html><body>${html}</body></html>`, 'https://host.example.org/session/1', extractClientContext)).reading;

describe('a caption padded to its column with dots (dot-leader.ts)', () => {
  it('is the caption without them', () => {
    expect(matchLabel('PT NAME....')?.field).toBe('name');
    expect(matchLabel('BIRTHDATE......')?.field).toBe('dob');
    expect(matchLabel('HOME PHONE.')?.field).toBe('phone');
    expect(matchLabel('Medical record number . .')?.field).toBe('mrn');
    // A caption's own dots still match as before.
    expect(matchLabel('D.O.B.')?.field).toBe('dob');
    // A title's dot is its own: "Mr." is no "MR" (the record number's caption).
    expect(matchLabel('Mr.')).toBeNull();
    expect(matchLabel('Dr.')).toBeNull();
  });

  it('leaves a title leading the name in a header column of bare lines, and the bare chart id under it', async () => {
    const r = await read(`<div class="patient-header"><div class="ph-info"><div class="ph-name">Mr. Nikolas Ardent</div>
<div>Male</div><div>14.Apr.1931</div><div>52-20418</div></div></div>`);
    expect(r).toMatchObject({ name: 'Nikolas Ardent', mrn: '52-20418', dob: '1931-04-14', sex: 'M' });
  });

  it('labels its value on a screen', async () => {
    const r = await read(`<pre>
 REG200                 LAKEVIEW GENERAL                 12/04/26
 PATIENT.......: FENWORTH,AUGUSTA M
 MED REC NO....: 0071233
 BIRTH DATE....: 10/12/52
 HOME PHONE....: (608)555-0117
</pre>`);
    expect(r).toMatchObject({ name: 'Augusta M. Fenworth', mrn: '0071233', dob: '1952-10-12', phone: '(608)555-0117' });
  });
});

describe('a field of a screen row parted by a gap (screen-row.ts)', () => {
  it('drops an unknown caption and its value, keeping ours', () => {
    expect(withoutUnknownFields(' SEX: F        MAR ST: W   RACE: 2')).toBe(' SEX: F           ');
    expect(withoutUnknownFields(' ADM DT: 12/03/26  ADM TM: 1422  LOC: 4S')).toBe(' ADM DT: 12/03/26    LOC: 4S');
    // Padded colons are one field ("Ward        : 6A SURGERY"), and a caption after one space is no column.
    expect(withoutUnknownFields(' Ward        : 6A SURGERY')).toBe(' Ward        : 6A SURGERY');
    expect(withoutUnknownFields('Remarks: NOK: DOE,JOHN')).toBe('Remarks: NOK: DOE,JOHN');
  });

  it('ends the value before an unknown caption on a screen', async () => {
    const r = await read(`<pre>
 NAME: FENWORTH,AUGUSTA M            MRN: 0071233
 DOB: 10/12/52   SEX: F        MAR ST: W    REL: CATH
 ADM DT: 12/01/26   ADM TM: 1422   UNIT: 3N    PT TYPE: IN    ACCOM: PVT
</pre>`);
    expect(r).toMatchObject({ sex: 'F', admitDate: '2026-12-01', location: '3N' });
  });
});
