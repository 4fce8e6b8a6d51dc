import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { matchLabel } from '../../../src/context/generic/labels';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/**
 * A DICOM attribute keyword printed in capitals ("PATIENTBIRTHDATE:", as text-transform shows "PatientBirthDate") is
 * read in its words as the camel-case keyword is (dicom-labels.ts). Markup of our own, synthetic people.
 */
describe('an attribute keyword in capitals', () => {
  it("reads the patient's keywords and keeps the study's other people and other ids apart", () => {
    expect(matchLabel('PATIENTNAME:')?.field).toBe('name');
    expect(matchLabel('PATIENTID')?.field).toBe('mrn');
    expect(matchLabel('PATIENTBIRTHDATE:')?.field).toBe('dob');
    expect(matchLabel('PATIENTSEX')?.field).toBe('sex');
    for (const other of ['REFERRINGPHYSICIANNAME', 'OTHERPATIENTIDS', 'ISSUEROFPATIENTID', 'OPERATORSNAME']) {
      const rule = matchLabel(other);
      expect(rule, other).not.toBeNull();
      expect(rule?.field, other).toBeNull();
    }
    // A run of capitals that is no such keyword stays as it is.
    expect(matchLabel('PATIENTX')).toBeNull();
  });

  it("reads a server explorer's patient list in capitals", async () => {
    const li = (k: string, v: string) => `<li><strong>${k}:</strong> ${v}</li>`;
    const html = `<!DOCTYPE html><html><head><title>Explorer</title></head><body><h1>Patient</h1><ul>${li('PATIENTBIRTHDATE', '19520311')}${li('PATIENTID', 'QX-55102')}${li('PATIENTNAME', 'LINDQVIST^MARTA^E')}${li('PATIENTSEX', 'F')}${li('OTHERPATIENTIDS', 'ZZ-0091')}</ul></body></html>`;
    const { reading } = await readInHappyDom(html, 'https://pacs.example.net/app/explorer.html#patient?uuid=7f1', extractClientContext);
    expect(reading?.name).toBe('Marta E. Lindqvist');
    expect(reading?.mrn).toBe('QX-55102');
    expect(reading?.dob).toBe('1952-03-11');
    expect(reading?.sex).toBe('F');
  });
});
