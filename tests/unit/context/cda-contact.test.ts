import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { patientContact } from '../../../src/context/generic/cda-contact';

/**
 * Telecoms in C-CDA headers, in markup of our own with synthetic people: a cell of address and telecom
 * lines beside "Contact Details" (HL7 CDA stylesheet, its footer's rows) or "Contact info" (older viewer,
 * rows of the patient's table). Authors and custodians have such cells too, with their own numbers.
 */
const parse = (html: string) => new DOMParser().parseFromString(`<!DOCTYPE html><html><body>${html}</body></html>`, 'text/html');
const url = 'https://hie.example.org/viewer/Document.aspx?doc=916';

const hl7 = (patientContact: string) => `<div id="documentheader"><h1>Referral Note (June 2, 2024)</h1>
  <table class="header_table"><tbody><tr><td class="td_label">Patient</td><td>
    <span class="span_value">Legal: Mirela  Jansone  OKONKWO</span>
    <span style="float: right"><span class="span_label">Date of Birth: </span><span class="span_value">January  5, 1966</span>
    <span class="span_label">Gender: </span><span class="span_value">Female</span></span>
    <span style="float: right"><span class="span_label">Patient-ID:&#160;</span><span class="span_value"><span>81250 (2.16.840.1.113883.19.5.3)</span></span></span></td></tr></tbody></table></div>
  <div id="documentbody"><h3>Reason for Referral</h3><p>Cardiology review.</p></div>
  <div id="documentfooter">
    <table class="header_table"><tbody><tr><td class="td_label td_label_width">Custodian</td><td>Lakeside Clinic</td><td class="td_label td_label_width">Contact Details</td>
      <td>Workplace: 200 Harbor Way<br />Duluth, MN 55802<br />US<br />Tel Workplace: (218) 555-0100</td></tr></tbody></table>
    <table class="header_table"><tbody>
      <tr><td class="td_label td_label_width">Patient</td><td>Legal: Mirela  Jansone  OKONKWO</td><td class="td_label td_label_width">Contact Details</td><td>${patientContact}</td></tr>
      <tr><td class="td_label td_label_width">Date of Birth</td><td>January  5, 1966</td><td class="td_label td_label_width">Gender</td><td>Female</td></tr></tbody></table>
    <table class="header_table"><tbody><tr><td class="td_label td_label_width">Author</td><td>Ilse  BRANDT MD</td><td class="td_label td_label_width">Contact Details</td>
      <td>Workplace: 200 Harbor Way<br />Duluth, MN 55802<br />Tel Home Primary: (218) 555-0177</td></tr></tbody></table></div>`;

const row = (label: string, value: string) => `<tr><td class="td_header_role_name"><span class="td_label">${label}</span></td><td class="td_header_role_value">${value}</td></tr>`;
const lantana = (patientContact: string) => `<h1>Referral Note</h1>
  <table class="header_table">${row('Patient', 'Mirela Okonkwo')}${row('Date of birth', 'January 5, 1966')}${row('Sex', 'Female')}
    ${patientContact ? row('Contact info', patientContact) : ''}${row('Patient IDs', '81250 2.16.840.1.113883.19.5.3')}</table>
  <table class="header_table">${row('Author', 'Ilse Brandt, MD')}${row('Contact info', ' Work Place:<br>200 Harbor Way<br>Duluth, MN 55802<br>Tel: (218) 555-0177<br>')}</table>`;

describe("the client's telephone in a document header's contact cell", () => {
  it("reads the patient row's telecom line (HL7 stylesheet), never the author's or the custodian's", async () => {
    const reading = await extractClientContext(parse(hl7('Home Primary: 14 Birch Road<br />Duluth, MN 55803<br />US<br />Tel Home Primary: (218) 555-0142')), url);
    expect(reading).toMatchObject({ name: 'Mirela Jansone Okonkwo', mrn: '81250', phone: '(218) 555-0142' });
    const none = await extractClientContext(parse(hl7('Home Primary: 14 Birch Road<br />Duluth, MN 55803')), url);
    expect(none?.name).toBe('Mirela Jansone Okonkwo');
    expect(none?.phone).toBeUndefined();
  });

  it("reads the patient table's contact row (older viewer), never the author table's", async () => {
    const reading = await extractClientContext(parse(lantana(' Primary Home:<br>14 Birch Road<br>Duluth, MN 55803, US<br>Tel:  (218) 555-0142<br>')), url);
    expect(reading).toMatchObject({ name: 'Mirela Okonkwo', mrn: '81250', phone: '(218) 555-0142' });
    const none = await extractClientContext(parse(lantana('')), url);
    expect(none?.name).toBe('Mirela Okonkwo');
    expect(none?.phone).toBeUndefined();
  });

  it("reads the phone in the C-CDA adapter too, beside the encounter's table, and never an author table's", async () => {
    const xml = 'https://hie.example.org/docs/referral-916.xml';
    const encounter = `<table class="header_table">${row('Encounter Id', 'V-3312 2.16.840.1.113883.19.5.7')}${row('Encounter Date', '&#160;From&#160;May 2, 2024 to May 6, 2024')}</table>`;
    const lantanaStay = (contact: string) => lantana(contact).replace('<table class="header_table">' + row('Author', 'Ilse Brandt, MD'), encounter + '<table class="header_table">' + row('Author', 'Ilse Brandt, MD'));
    const reading = await extractClientContext(parse(lantanaStay(' Primary Home:<br>14 Birch Road<br>Duluth, MN 55803, US<br>Tel:  (218) 555-0142<br>')), xml);
    expect(reading?.admitDate).toBe('2024-05-02');
    expect(reading).toMatchObject({ source: 'ccda', name: 'Mirela Okonkwo', mrn: '81250', phone: '(218) 555-0142' });
    const none = await extractClientContext(parse(lantanaStay(' Primary Home:<br>14 Birch Road<br>')), xml);
    expect(none).toMatchObject({ source: 'ccda', name: 'Mirela Okonkwo' });
    expect(none?.phone).toBeUndefined();
  });

  it("tells the cell's lines apart at its line breaks, which a browser's text of the cell runs together", () => {
    const doc = parse('<table><tr><td>Patient</td><td>Mirela Okonkwo</td><td>Contact Details</td><td>Duluth, MN 55803<br>US<br>Tel: (218) 555-0142</td></tr></table>');
    const label = Array.from(doc.querySelectorAll('td'))[2] as Element;
    expect(patientContact('Contact Details', label)).toBe('Duluth, MN 55803 US Tel: (218) 555-0142');
  });

  it("reads a telecom line whose use's words have no colon after them (another stylesheet's build), never an address line", async () => {
    const colonless = hl7('Home Primary 14 Birch Road<br />Duluth, MN 55803<br />US<br />Tel Home Primary (218) 555-0142').replace(/:\s/g, ' ');
    expect(await extractClientContext(parse(colonless), url)).toMatchObject({ name: 'Mirela Jansone Okonkwo', phone: '(218) 555-0142' });
    const none = await extractClientContext(parse(hl7('Home Primary 14 Birch Road<br />Duluth, MN 55803').replace(/:\s/g, ' ')), url);
    expect(none?.phone).toBeUndefined();
  });
});
