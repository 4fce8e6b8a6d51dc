import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';

/**
 * Chromium's XML viewer, in markup of our own with synthetic people: a raw C-CDA kept hidden for
 * extensions, and beside it the tree view, which prints the file's markup as text. A file's narrative
 * (a table of visits, a relative's details) shows there as rows of dates and numbers of more than one
 * person; the patient is the file's recordTarget all the same.
 */
const HL7 = 'urn:hl7-org:v3';
const cda = `<ClinicalDocument xmlns="${HL7}"><title>Transition of Care</title>
  <recordTarget><patientRole><id root="2.16.840.1.113883.19.5.3" extension="70442"/>
    <patient><name use="L"><given>Benedikt</given><family>Oyelaran</family></name>
      <administrativeGenderCode code="M"/><birthTime value="19490817"/></patient></patientRole></recordTarget>
  <componentOf><encompassingEncounter><effectiveTime><low value="20240911"/><high value="20240919"/></effectiveTime></encompassingEncounter></componentOf>
</ClinicalDocument>`;

/** The tree view: one line per tag, text between; here the narrative's rows of two visits and a relative. */
const tree = ['&lt;td&gt;Hedda Oyelaran · DOB 02/14/1952 · MRN 70551&lt;/td&gt;', '&lt;td&gt;Benedikt Oyelaran · DOB 08/17/1949 · MRN 70442&lt;/td&gt;']
  .map((line) => `<div class="line"><span class="html-tag">${line}</span></div>`)
  .join('');

const viewer = new DOMParser().parseFromString(
  `<?xml version="1.0"?>\n<html xmlns="http://www.w3.org/1999/xhtml"><head/><body><div id="webkit-xml-viewer-source-xml">${cda}</div>
    <div class="header"><span>This XML file does not appear to have any style information associated with it.</span></div>
    <div class="pretty-print">${tree}</div></body></html>`,
  'text/xml',
);

describe("Chromium's XML viewer", () => {
  it("reads the file's patient, whatever people and dates its tree view prints", async () => {
    expect(await extractClientContext(viewer, 'https://hie.example.org/docs/toc-9921.xml')).toMatchObject({
      name: 'Benedikt Oyelaran',
      mrn: '70442',
      dob: '1949-08-17',
      admitDate: '2024-09-11',
      dischargeDate: '2024-09-19',
    });
  });
});
