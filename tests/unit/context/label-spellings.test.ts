import { describe, expect, it } from 'vitest';
import { matchLabel } from '../../../src/context/generic/labels';
import { extractClientContext } from '../../../src/context/extract';

/**
 * Label spellings of ambulatory and inpatient headers (public screenshots and help pages of practice
 * and hospital products): abbreviated "Pt", "Mbr", "Rm", a "#" after a phone's kind, a number after a
 * room or bed. Each fails without its spelling.
 */
describe('label spellings', () => {
  it.each([
    ['Pt Sex', 'sex'], ['Pt. Gender', 'sex'], ['Birth Sex', 'sex'],
    ['Home #', 'phone'], ['Cell #', 'phone'], ['Mobile Number', 'phone'], ['Pt Phone', 'phone'],
    ['Rm', 'location'], ['Rm/Bed', 'location'], ['Room #', 'location'], ['Bed Number', 'location'], ['Location/Bed', 'location'], ['Nursing Unit', 'location'],
    ['Mbr ID', 'mrn'], ['Hosp #', 'mrn'],
    ['Discharge Facility', 'location'], ['Admitting Hospital', 'location'], ['Facility Name', 'location'],
  ])('"%s" labels the %s', (label, field) => {
    expect(matchLabel(label)?.field).toBe(field);
  });

  it('keeps a person number apart from the record number', () => {
    expect(matchLabel('Person Nbr')?.field ?? null).not.toBe('mrn');
  });

  it('reads a header row in those spellings', async () => {
    const doc = new DOMParser().parseFromString(
      '<!DOCTYPE html><html><body><table class="pt-header"><tr><td>Patient:</td><td>ABERNATHY, Colm</td><td>MR #</td><td>448120</td><td>DOB</td><td>03/04/1950</td></tr>' +
        '<tr><td>Pt Sex</td><td>Male</td><td>Home #</td><td>555-212-0931</td><td>Rm/Bed</td><td>4W-412-A</td><td>Admit Date</td><td>11/30/2026</td></tr></table></body></html>',
      'text/html',
    );
    expect(await extractClientContext(doc, 'https://ehr.example.org/pt/448120')).toMatchObject({ mrn: '448120', sex: 'M', phone: '555-212-0931', location: '4W-412-A' });
  });

  it('places a transitions table\'s stay at its discharge facility', async () => {
    const doc = new DOMParser().parseFromString(
      '<!DOCTYPE html><html><body><div class="member-header"><h1>Winifred Hargreaves</h1><span>Member ID: CB00418827</span> <span>DOB: 03/22/1944</span></div>' +
        '<h3>Transitions of care</h3><table><tr><th>Discharge Facility</th><th>Admit Date</th><th>Discharge Date</th></tr><tr><td>Mount Carmel General</td><td>11/24/2026</td><td>12/01/2026</td></tr></table></body></html>',
      'text/html',
    );
    expect(await extractClientContext(doc, 'https://cm.example.org/members/CB00418827')).toMatchObject({ admitDate: '2026-11-24', location: 'Mount Carmel General' });
  });
});
