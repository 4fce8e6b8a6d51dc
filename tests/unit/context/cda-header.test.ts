import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { pastNonRecordIds } from '../../../src/context/generic/cda-ids';
import { parseName } from '../../../src/context/parse/names';

/**
 * C-CDA documents as the HL7 CDA stylesheet (4.x) lays them out, in markup of our own with synthetic
 * people: a header table (the patient's row holds labelled spans, the encounter's row its period) and
 * a footer of tables that repeat the header and add the document's own identifiers in a nested table.
 */
const parse = (html: string) => new DOMParser().parseFromString(`<!DOCTYPE html><html><body>${html}</body></html>`, 'text/html');
const read = (html: string) => extractClientContext(parse(html), 'https://hie.example.org/viewer/Document.aspx?doc=501');

const header = (ids: string) => `
  <div id="documentheader"><h1>Discharge Summary (March 9, 2025)</h1>
    <table class="header_table"><tbody>
      <tr><td class="td_label">Patient</td><td>
        <span class="span_value">Legal: Philippa  Rose  ACHTERBERG</span>
        <span style="float: right"><span><span class="span_label">Date of Birth: </span><span class="span_value">June  3, 1951<span> (73yr)</span></span></span>
          <span class="span_label">Gender: </span><span class="span_value">Female</span></span>
        ${ids ? `<span style="float: right"><span class="span_label">Patient-ID:&#160;</span><span class="span_value">${ids}</span></span>` : ''}
      </td></tr>
      <tr><td class="td_label">Encounter</td><td><span class="span_label">ID: </span><span class="span_value"><span>ENC-3301 (2.16.840.1.113883.19.5.7)</span></span>,
        <span class="span_label">Date/Time: </span><span class="span_value">from March  1, 2025, 8:15AM -0500 to March  8, 2025, 11:30AM -0500</span></td></tr>
      <tr><td class="td_label">Author</td><td><span class="span_value">Lorcan  BRADY MD</span>, <span class="span_label">Organization: </span><span class="span_value">Harbourside Hospital</span></td></tr>
    </tbody></table></div>
  <div id="documentbody"><h3>Plan</h3><p>Follow up with primary care in two weeks.</p></div>`;

const footer = (ids: string) => `
  <div id="documentfooter">
    <table class="header_table"><tbody><tr><td class="td_label">Document</td><td>
      <table class="table_simple"><tbody><tr><td class="td_label">ID</td><td><span>DS-88213-7 (2.16.840.1.113883.19.5.1)</span></td></tr>
        <tr><td class="td_label">Version</td><td>2</td></tr></tbody></table></td>
      <td class="td_label">Created On</td><td>March  9, 2025</td></tr></tbody></table>
    <table class="header_table"><tbody>
      <tr><td class="td_label">Patient</td><td>Legal: Philippa  Rose  ACHTERBERG</td><td class="td_label">Contact Details</td><td>Tel: +1(555)555-0142</td></tr>
      <tr><td class="td_label">Date of Birth</td><td>June  3, 1951 (73yr)</td><td class="td_label">Gender</td><td>Female</td></tr>
      ${ids ? `<tr><td class="td_label">Patient-IDs</td><td colspan="3">${ids}</td></tr>` : ''}
    </tbody></table>
    <table class="header_table"><tbody><tr><td class="td_label">Provider Organization</td><td>
      <div>Harbourside Hospital</div><table class="table_simple"><tbody><tr><td class="td_label">ID</td><td><span>HH-1 (1.2.3.4.5)</span></td></tr></tbody></table></td></tr></tbody></table>
  </div>`;

describe('C-CDA rendered by the HL7 stylesheet', () => {
  it("reads the patient from the header when the footer adds the document's and organisation's own IDs", async () => {
    const ids = '<span title="Harbourside Hospital">4471093 (2.16.840.1.113883.19.5.2)</span>';
    const r = await read(header(ids) + footer(ids));
    expect(r).toMatchObject({ name: 'Philippa Rose Achterberg', mrn: '4471093', dob: '1951-06-03', admitDate: '2025-03-01', dischargeDate: '2025-03-08' });
  });

  it('reads an encounter period given only by its end as the discharge, not the admission', async () => {
    const page = header('<span>4471093 (2.16.840.1.113883.19.5.2)</span>').replace(/from March {2}1, 2025, 8:15AM -0500 to /, 'to ');
    const r = await read(page);
    expect(r).toMatchObject({ name: 'Philippa Rose Achterberg', dischargeDate: '2025-03-08' });
    expect(r?.admitDate).toBeUndefined();
  });

  it("never takes a discharge summary's own date, in its title, for the discharge", async () => {
    const page = header('<span>4471093 (2.16.840.1.113883.19.5.2)</span>').replace(/<tr><td class="td_label">Encounter<\/td>.*?<\/tr>/s, '');
    const r = await read(page);
    expect(r).toMatchObject({ name: 'Philippa Rose Achterberg', mrn: '4471093' });
    expect(r?.dischargeDate).toBeUndefined();
  });

  it('never takes the document ID for the record number when the patient shows none', async () => {
    const r = await read(header('') + footer(''));
    expect(r?.name).toBe('Philippa Rose Achterberg');
    expect(r?.mrn).toBeUndefined();
  });

  it("does not take the author's row (a document-style name and the date it was written) for a second patient", async () => {
    const page = `    <div id="documentheader">
      <a id="_toc"> </a>
      <h1 class="title">Discharge Summary (March  9, 2025)</h1>
      <table class="header_table">
        <tbody>
          <tr>
            <td class="td_label">Patient</td>
            <td>
              <span class="span_value">Legal: Philippa  ACHTERBERG</span>
              <span style="float: right; margin-left: 1em;">
                <span>
                  <span class="span_label">Date of Birth: </span>
                  <span class="span_value">June  3, 1951<span title="At document creation time"> (73yr)</span></span>
                </span>
                <span class="span_label">Gender: </span>
                <span class="span_value">Female</span>
              </span>
              <span style="float: right;" class="print_visible">
                <span class="span_label">Patient-ID:&#160;</span>
                <span class="span_value">
                  <span title="Harbourside Hospital">4471093 (2.16.840.1.113883.19.5.2)</span>
                </span>
              </span>
            </td>
          </tr>
          <tr>
            <td class="td_label">Encounter</td>
            <td><span class="span_label">ID: </span><span class="span_value"><span>ENC-3301 (2.16.840.1.113883.19.5.7)</span></span>, <span class="span_label">Type: </span><span class="span_value">Inpatient</span>, <span class="span_label">Date/Time: </span><span class="span_value">from&#160;March  1, 2025, 8:15AM -0500 to&#160;March  8, 2025, 11:30AM -0500</span></td>
          </tr>
          <tr>
            <td class="td_label">Author</td>
            <td><span class="span_value">Greta  LINDQVIST</span>, <span class="span_label">Organization: </span><span class="span_value">Lakeside Family Practice</span>, <span class="span_label">Authored On: </span><span class="span_value">June  15, 2024, 10:15AM +0000</span></td>
          </tr>
        </tbody>
      </table>
    </div>
  `;
    expect(await read(page)).toMatchObject({ name: 'Philippa Achterberg', mrn: '4471093', dob: '1951-06-03' });
  });

  it('passes over a social security number listed first among the patient IDs', async () => {
    const ids = '<span>222-11-4455 (SSN)</span>, <span>4471093 (2.16.840.1.113883.19.5.2)</span>';
    const r = await read(header(ids));
    expect(r).toMatchObject({ name: 'Philippa Rose Achterberg', mrn: '4471093', dob: '1951-06-03' });
  });
});

/** The older viewers' stylesheet: label cells, one row per field, "Patient IDs" as "extension root" lines. */
const lantana = (ids: string) => `
  <h1>Continuity of Care Document</h1>
  <table class="header_table">
    <tr><td class="td_header_role_name"><span class="td_label">Patient</span></td><td class="td_header_role_value">Ignatius Okafor</td></tr>
    <tr><td class="td_header_role_name"><span class="td_label">Date of birth</span></td><td class="td_header_role_value">November 2, 1944 </td></tr>
    <tr><td class="td_header_role_name"><span class="td_label">Patient IDs</span></td><td class="td_header_role_value">${ids}</td></tr>
  </table>`;

describe('C-CDA rendered by the older viewer stylesheet', () => {
  it('reads "prefix given family, suffix" as the name in natural order with its suffix', () => {
    expect(parseName('Mr. Desmond Whitfield, Jr.')).toBe('Desmond Whitfield Jr.');
    expect(parseName('Hana Sato, MD')).toBe('Hana Sato');
    expect(parseName('WHITFIELD, DESMOND, JR')).toBe('Desmond Whitfield Jr');
    expect(parseName('Whitfield, Desmond')).toBe('Desmond Whitfield');
  });

  it('reads the record number listed after the SSN, and none when the SSN is the only identifier', async () => {
    const viewer = 'https://hie.example.org/viewer/Document.aspx?doc=502';
    const both = await extractClientContext(parse(lantana('309-44-1122 2.16.840.1.113883.4.1<br>77120034 2.16.840.1.113883.19.5<br>')), viewer);
    expect(both).toMatchObject({ name: 'Ignatius Okafor', mrn: '77120034', dob: '1944-11-02' });
    const ssnOnly = await extractClientContext(parse(lantana('309-44-1122 2.16.840.1.113883.4.1<br>')), viewer);
    expect(ssnOnly?.name).toBe('Ignatius Okafor');
    expect(ssnOnly?.mrn).toBeUndefined();
  });

  it('reads no record number when the only identifiers are an SSN known by its authority alone or a bare OID, in the generic reader and in the C-CDA adapter', async () => {
    for (const url of ['https://hie.example.org/viewer/Document.aspx?doc=504', 'https://hie.example.org/docs/ccd-504.xml']) {
      for (const ids of ['309441122 2.16.840.1.113883.4.1<br>', '2.100<br>']) {
        const read = await extractClientContext(parse(lantana(ids)), url);
        expect(read?.name, `${url} ${ids}`).toBe('Ignatius Okafor');
        expect(read?.mrn, `${url} ${ids}`).toBeUndefined();
      }
    }
    const hl7 = await read(header('<span>309441122 (SSN)</span>') + footer('<span>309441122 (SSN)</span>'));
    expect(hl7?.name).toBe('Philippa Rose Achterberg');
    expect(hl7?.mrn).toBeUndefined();
  });

  it('passes over a root-only OID listed first, in the generic reader and in the C-CDA adapter', async () => {
    const ids = ' 2.16.840.1.113883.3.4410.1.998812<br>77120034 2.16.840.1.113883.19.5<br>';
    for (const url of ['https://hie.example.org/viewer/Document.aspx?doc=503', 'https://hie.example.org/docs/ccd-503.xml']) {
      expect(await extractClientContext(parse(lantana(ids)), url), url).toMatchObject({ name: 'Ignatius Okafor', mrn: '77120034' });
    }
  });

  it("dates the stay from the header's encounter table where the C-CDA adapter reads the document", async () => {
    const encounter = (when: string) => `<table class="header_table">
      <tr><td class="td_header_role_name"><span class="td_label">Encounter Id</span></td><td class="td_header_role_value">V-5521 2.16.840.1.113883.19.5.7</td></tr>
      <tr><td class="td_header_role_name"><span class="td_label">Encounter Date</span></td><td class="td_header_role_value">${when}</td></tr></table>`;
    const xml = 'https://hie.example.org/docs/ccd-502.xml';
    const stay = await extractClientContext(parse(lantana('77120034 2.16.840.1.113883.19.5<br>') + encounter('&#160;From&#160;February 20, 2025, 14:05:00, EST  to March 2, 2025, 10:00:00, EST ')), xml);
    expect(stay).toMatchObject({ source: 'ccda', name: 'Ignatius Okafor', mrn: '77120034', admitDate: '2025-02-20', dischargeDate: '2025-03-02' });
    const open = await extractClientContext(parse(lantana('77120034 2.16.840.1.113883.19.5<br>') + encounter('&#160;From&#160;February 20, 2025 ')), xml);
    expect(open).toMatchObject({ admitDate: '2025-02-20' });
    expect(open?.dischargeDate).toBeUndefined();
  });
});

describe('identifier lists that start with an SSN or a bare OID', () => {
  it('skips SSN entries known by shape, authority name or the US SSN OID, and root-only OIDs', () => {
    expect(pastNonRecordIds('2.16.840.1.113883.3.4410.1.998812, RC-44120 (2.16.840.1.113883.19.5)')).toBe('RC-44120 (2.16.840.1.113883.19.5)');
    expect(pastNonRecordIds(' 2.16.840.1.113883.3.4410.1.998812 RC-44120 2.16.840.1.113883.19.5')).toBe('RC-44120 2.16.840.1.113883.19.5');
    expect(pastNonRecordIds('222-11-4455 (SSN), 4471093 (1.2.3)')).toBe('4471093 (1.2.3)');
    expect(pastNonRecordIds('222114455 (Social Security Number); A-77 (Acme)')).toBe('A-77 (Acme)');
    expect(pastNonRecordIds('222114455 2.16.840.1.113883.4.1 998991 2.16.840.1.113883.19.5')).toBe('998991 2.16.840.1.113883.19.5');
  });

  it('leaves other lists as they are, and nothing of a list that holds only an SSN or a bare OID', () => {
    expect(pastNonRecordIds('998991 (Acme), 222-11-4455 (SSN)')).toBe('998991 (Acme), 222-11-4455 (SSN)');
    expect(pastNonRecordIds('222-11-4455 (SSN)')).toBe('');
    expect(pastNonRecordIds('222-11-4455 2.16.840.1.113883.4.1')).toBe('');
    expect(pastNonRecordIds('309441122 (SSN)')).toBe('');
    expect(pastNonRecordIds('309441122 2.16.840.1.113883.4.1')).toBe('');
    expect(pastNonRecordIds('2.100')).toBe('');
    expect(pastNonRecordIds('MRN: 12345')).toBe('MRN: 12345');
    expect(pastNonRecordIds('2.16.840.1.113883.3.4410.1.998812')).toBe('');
  });
});
