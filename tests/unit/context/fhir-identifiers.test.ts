import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { summaryId } from '../../../src/context/generic/fhir-summary-id';

/**
 * How the FHIR tooling prints a Patient's identifiers in its newer generated narrative: the first one
 * at the end of the one-line summary as "( system#value)" when untyped, others in a grid as
 * "Type display/value". Narratives of our own in that shape.
 */
const SUMMARY_STYLE = 'border: 1px #661aff solid; background-color: #e6e6ff; padding: 10px;';
const narrative = (summary: string, grid = '') =>
  `<div xmlns="http://www.w3.org/1999/xhtml"><p class="res-header-id"><b>Generated Narrative: Patient pt-208</b></p><p style="${SUMMARY_STYLE}">${summary}</p><hr/>${grid}</div>`;
const read = (div: string) =>
  extractClientContext(new DOMParser().parseFromString(`<!DOCTYPE html><html><head><title>Patient pt-208</title></head><body>${div}</body></html>`, 'text/html'), 'https://narratives.example.org/render?id=pt-208', { adapters: [] });

describe("the summary line's untyped identifier", () => {
  it('is the record number', async () => {
    expect(await read(narrative('Rosalind Ebele Okafor Female, DoB: 1959-02-27 ( https://records.brightwater.example/sid/patient#BW-0044718)'))).toMatchObject({
      name: 'Rosalind Ebele Okafor',
      mrn: 'BW-0044718',
      dob: '1959-02-27',
      sex: 'F',
    });
    expect(await read(narrative('Rosalind Ebele Okafor Female, DoB: 1959-02-27 ( urn:oid:1.2.3.4.5.6#BW-0044718)'))).toMatchObject({ mrn: 'BW-0044718' });
  });

  it('is not when its system is a social security or national number', () => {
    expect(summaryId('Jo Roe Male, DoB: 1950-01-02 ( http://hl7.org/fhir/sid/us-ssn#444332222)')).toBeUndefined();
    expect(summaryId('Jo Roe Male, DoB: 1950-01-02 ( urn:oid:2.16.840.1.113883.4.1#444332222)')).toBeUndefined();
    expect(summaryId('Jo Roe Male, DoB: 1950-01-02 ( urn:oid:2.16.840.1.113883.4.10#AB-77)')).toBe('AB-77');
  });
});

describe("a grid's 'Type display/value' identifier", () => {
  it('is read without the type it is printed after', async () => {
    const grid = '<table class="grid"><tr><td style="background-color: #f3f5da" title="Other Id (see the one above)">Other Id:</td><td colspan="3">Medical record number/BW-0044718</td></tr></table>';
    expect(await read(narrative('Rosalind Ebele Okafor Female, DoB: 1959-02-27 ( Health insurance card number)', grid))).toMatchObject({ name: 'Rosalind Ebele Okafor', mrn: 'BW-0044718' });
  });
});

describe("an 'identifier:' paragraph listing several of the patient's identifiers", () => {
  const paragraphs = (ids: string) =>
    `<div xmlns="http://www.w3.org/1999/xhtml"><p><b>Generated Narrative</b></p><p><b>identifier</b>: ${ids}</p><p><b>name</b>: Lucinda Marie Abernethy </p>` +
    '<p><b>gender</b>: female</p><p><b>birthDate</b>: 1955-10-02</p></div>';

  it('is one person: the first identifier is read', async () => {
    expect(await read(paragraphs('id: LK-4802915, id: 7600000000000000041'))).toMatchObject({ name: 'Lucinda Marie Abernethy', mrn: 'LK-4802915', dob: '1955-10-02' });
  });

  it('still makes the same label with two values in two places a disagreement', async () => {
    expect(await read(paragraphs('id: LK-4802915</p><p><b>identifier</b>: id: LK-7700021'))).toBeNull();
  });
});
