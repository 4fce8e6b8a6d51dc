import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { matchLabel } from '../../../src/context/generic/labels';
import { parseName } from '../../../src/context/parse/names';
import { pickedFromList } from '../../../src/context/generic/selected-row';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/**
 * Imaging pages (dicom-name.ts, dicom-labels.ts, repeated-identity.ts, selected-row.ts). Markup of our own,
 * synthetic people.
 */
const read = async (body: string, url = 'https://pacs.example.net/viewer?study=1.2.3') =>
  (await readInHappyDom(`<!DOCTYPE html><html><head><title>Viewer</title></head><body>${body}</body></html>`, url, extractClientContext)).reading;

describe('a DICOM person name', () => {
  it('reads family^given^middle^prefix^suffix in natural order', () => {
    expect(parseName('DOE^JANE^M')).toBe('Jane M. Doe');
    expect(parseName('NG^MEI LING')).toBe('Mei Ling Ng');
    expect(parseName('OKAFOR^CHIDI^^DR^JR')).toBe('Chidi Okafor Jr');
    expect(parseName('Yamada^Tarou=山田^太郎')).toBe('Tarou Yamada');
  });
});

describe("a DICOM attribute keyword as a label", () => {
  it("reads the patient's keywords and keeps the study's other people apart", () => {
    expect(matchLabel('PatientName')?.field).toBe('name');
    expect(matchLabel('PatientID:')?.field).toBe('mrn');
    expect(matchLabel('PatientBirthDate')?.field).toBe('dob');
    expect(matchLabel('PatientSex')?.field).toBe('sex');
    expect(matchLabel('PatientTelephoneNumbers')?.field).toBe('phone');
    expect(matchLabel('AdmittingDate')?.field).toBe('admitDate');
    expect(matchLabel('CurrentPatientLocation')?.field).toBe('location');
    for (const other of ['ReferringPhysicianName', 'OperatorsName', 'OtherPatientIDs', 'IssuerOfPatientID', 'Ref. Phys.']) {
      const rule = matchLabel(other);
      expect(rule, other).not.toBeNull();
      expect(rule?.field, other).toBeNull();
    }
  });

  it('reads a tag table of keywords and values', async () => {
    const row = (k: string, v: string) => `<tr><td>(xxxx)</td><td>${k}</td><td>${v}</td></tr>`;
    const r = await read(`<table><tr><th>Tag</th><th>Keyword</th><th>Value</th></tr>${row('ReferringPhysicianName', 'LUND^ERIK^^^MD')}${row('PatientName', 'FONTAINE^ELOISE')}${row('PatientID', 'P-448210')}${row('PatientBirthDate', '19770412')}${row('PatientSex', 'F')}${row('CurrentPatientLocation', '5 EAST 512')}${row('AdmittingDate', '20261201')}</table>`);
    expect(r?.name).toBe('Eloise Fontaine');
    expect(r?.mrn).toBe('P-448210');
    expect(r?.dob).toBe('1977-04-12');
    expect(r?.admitDate).toBe('2026-12-01');
    expect(r?.location).toBe('5 EAST 512');
  });
});

describe("one patient's overlay in every viewport", () => {
  const overlay = (dob: string, id: string) => `<div class="vp"><div class="corner"><div>FONTAINE^ELOISE</div><div>ID: ${id}</div><div>DOB: ${dob}</div><div>Sex: F</div></div><div class="corner">CT HEAD</div></div>`;
  it('is one person, not a list', async () => {
    const r = await read(`<div class="grid">${overlay('19770412', 'P-448210')}${overlay('19770412', 'P-448210')}</div>`);
    expect(r?.name).toBe('Eloise Fontaine');
    expect(r?.mrn).toBe('P-448210');
  });
  it('two identities side by side are still a list', async () => {
    expect(await read(`<div class="grid">${overlay('19770412', 'P-448210')}${overlay('19580203', 'P-100377')}</div>`)).toBeNull();
  });
});

describe('a worklist with one picked row (selected-row.ts)', () => {
  const list = (picked: number) => {
    document.body.innerHTML = ['P-100377', 'P-448210', 'P-230991'].map((id, i) => `<tr aria-selected="${i === picked}"><td>${id}</td><td>19770412</td></tr>`).join('').replace(/^/, '<table role="grid"><tbody>').concat('</tbody></table>');
    return Array.from(document.querySelectorAll('td:first-child'));
  };
  it("explains the list when the record number read is the picked row's", () => {
    expect(pickedFromList(list(1), ['P-448210'])).toBe(true);
  });
  it('not with no row picked, another row picked, or no record number read', () => {
    expect(pickedFromList(list(-1), ['P-448210'])).toBe(false);
    expect(pickedFromList(list(0), ['P-448210'])).toBe(false);
    expect(pickedFromList(list(1), [])).toBe(false);
  });
});
