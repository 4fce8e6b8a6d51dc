import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';

/**
 * Rows of a C-CDA header as the HL7 CDA stylesheet (4.x) lays them out, in markup of our own with
 * synthetic people: the encounter's row and the participants' rows show identity-looking values (an
 * identifier, a date) that are the visit's or a relative's, never the client's.
 */
const parse = (html: string) => new DOMParser().parseFromString(`<!DOCTYPE html><html><body>${html}</body></html>`, 'text/html');
const read = (html: string) => extractClientContext(parse(html), 'https://hie.example.org/viewer/Document.aspx?doc=611');

// Indented as the stylesheet's output is: white space between the spans.
const patientRow = `<tr>
  <td class="td_label">Patient</td>
  <td>
    <span class="span_value">Legal: Oriane  Maud  VELASQUEZ</span>
    <span style="float: right; margin-left: 1em;">
      <span>
        <span class="span_label">Date of Birth: </span>
        <span class="span_value">February  9, 1958<span title="At document creation time"> (66yr)</span></span>
      </span>
      <span class="span_label">Gender: </span>
      <span class="span_value">Female</span>
    </span>
    <span style="float: right;" class="print_visible">
      <span class="span_label">Patient-ID: </span>
      <span class="span_value">
        <span>40917 (2.16.840.1.113883.19.5.3)</span>
      </span>
    </span>
  </td>
</tr>`;

const page = (rows: string, footer = '') => `<div id="documentheader"><h1>Visit Summary (May 4, 2024)</h1>
  <table class="header_table"><tbody>${patientRow}${rows}</tbody></table></div>
  <div id="documentbody"><h3>Plan</h3><p>Return in three months.</p></div>${footer}`;

describe('rows of a document header that are not the client', () => {
  it("reads the client beside an encounter row whose identifier and same-day times look like a banner line's", async () => {
    const encounter = `<tr><td class="td_label">Encounter</td><td><span class="span_label">ID: </span><span class="span_value"><span>77031 (2.16.840.1.113883.19.5.4)</span></span>,
      <span class="span_label">Date/Time: </span><span class="span_value">April  2, 2024 9:05AM - 11:40AM</span></td></tr>`;
    expect(await read(page(encounter))).toMatchObject({ name: 'Oriane Maud Velasquez', mrn: '40917', dob: '1958-02-09', admitDate: '2024-04-02' });
  });

  it("reads the client beside a participant's row (an emergency contact with the date the contact was recorded)", async () => {
    const contact = (heading: string) => `<table class="header_table"><tbody><tr>
      <td class="td_label td_label_width">${heading}</td><td>Teodoro  R  VELASQUEZ at March  30, 2024, 4:12:09PM -0500</td>
      <td class="td_label td_label_width">Contact Details</td><td>18 Larch Lane<br />Apt. #12<br />Unknown, ME 04101<br />Tel Home Primary: +1-207-555-0188</td></tr></tbody></table>`;
    const footer = `<div id="documentfooter">${contact('Indirect target - emergency contact Husband')}${contact('Indirect target - next of kin Husband')}</div>`;
    const reading = await read(page('', footer));
    expect(reading).toMatchObject({ name: 'Oriane Maud Velasquez', mrn: '40917', dob: '1958-02-09', sex: 'F' });
  });
});
