import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';

/**
 * A rendered C-CDA's footer (HL7 CDA stylesheet 4.x) gives every participant a row: the role's label, the
 * person, "Contact Details" and that person's address and telecoms. A participant with no address prints
 * the telecom line alone ("Tel Workplace: …"), the first text of its cell; the patient's row may print an
 * address and no telephone at all. Markup of our own, synthetic people.
 */
const parse = (html: string) => new DOMParser().parseFromString(`<!DOCTYPE html><html><body>${html}</body></html>`, 'text/html');
const url = 'https://hie.example.org/viewer/document?id=4471';

const roleRow = (role: string, person: string, contact: string) =>
  `<tr><td class="td_label td_label_width">${role}</td><td style="width: 30%;">${person}</td><td class="td_label td_label_width">Contact Details</td><td>${contact}</td></tr>`;

const page = (patientContact: string, role: string) => `<div id="documentheader"><h1 class="title">Summary of Care (July  18, 2025)</h1>
  <table class="header_table"><tbody><tr><td class="td_label">Patient</td><td><span class="span_value">Legal: Tomasz  WIERZBA</span>
    <span style="float: right; margin-left: 1em;"><span><span class="span_label">Date of Birth: </span><span class="span_value">March  4, 1961</span></span>
    <span class="span_label">Gender: </span><span class="span_value">Male</span></span>
    <span style="float: right;" class="print_visible"><span class="span_label">Patient-ID:&#160;</span><span class="span_value"><span>55123 (2.16.840.1.113883.19.5.3)</span></span></span></td></tr></tbody></table></div>
  <div id="documentbody"><h3>Problems</h3><p>Asthma, mild intermittent.</p></div>
  <div id="documentfooter">
    <table class="header_table"><tbody>${roleRow('Patient', 'Legal: Tomasz  WIERZBA', patientContact)}
      <tr><td class="td_label td_label_width">Date of Birth</td><td>March  4, 1961 (64yr)</td><td class="td_label td_label_width">Gender</td><td>Male</td></tr></tbody></table>
    <table class="header_table"><tbody>
      <tr><td class="td_label td_label_width">Documentation Of - care provision</td><td style="width: 80%;" colspan="3">from July  11, 2025, 11AM to July  18, 2025</td></tr>
      ${roleRow(role, 'Nora  QUILL', 'Tel Workplace: (309) 555-0191')}</tbody></table></div>`;

const ROLES = ['Performer - ', 'Data Enterer', 'Informant', 'Authenticator', 'Legal Authenticator', 'Responsible Party', 'Attender'];

describe("a participant's telecom-only contact cell in a rendered C-CDA", () => {
  it.each(ROLES)('is never the client\'s phone when the patient prints none (row "%s")', async (role) => {
    const reading = await extractClientContext(parse(page('Home: 9 Alder Court<br />Peoria, IL 61602<br />US<br />', role)), url);
    expect(reading).toMatchObject({ name: 'Tomasz Wierzba', mrn: '55123', dob: '1961-03-04' });
    expect(reading?.phone).toBeUndefined();
  });

  it("leaves the patient's own telecom line the client's phone", async () => {
    const reading = await extractClientContext(parse(page('Home: 9 Alder Court<br />Peoria, IL 61602<br />US<br />Tel Home: (309) 555-0148', 'Performer - ')), url);
    expect(reading?.phone).toBe('(309) 555-0148');
  });
});
