import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/**
 * An HL7 v2 message a viewer shows parsed, its values under field paths (hl7v2-paths.ts): a grid, a tree, Mirth's
 * XML form. Markup of our own, synthetic people.
 */
const URL = 'https://viewer.example.org/messages/77';
const page = (body: string) => `<!DOCTYPE html><html><head><title>Message 77</title></head><body>
  <header>Interface viewer · analyst: Dana Whitcombe</header>${body}</body></html>`;

const grid = `<table>
  <tr><th>Field</th><th>Description</th><th>Value</th></tr>
  <tr><td>PID-3[1]</td><td>Patient Identifier List</td><td>55012^^^NW^AN</td></tr>
  <tr><td>PID-3[2]</td><td>Patient Identifier List</td><td>M-20417^^^NW^MR</td></tr>
  <tr><td>PID-5</td><td>Patient Name</td><td>PEMBERTON^ISOLDE^K</td></tr>
  <tr><td>PID-7</td><td>Date/Time of Birth</td><td>19810923</td></tr>
  <tr><td>PID-8</td><td>Administrative Sex</td><td>F</td></tr>
</table>
<table>
  <tr><td>NK1-2</td><td>Name</td><td>PEMBERTON^ALARIC</td></tr>
  <tr><td>NK1-16</td><td>Date/Time of Birth</td><td>19790214</td></tr>
</table>`;

const tree = `<ul role="tree">
  <li role="treeitem"><span>PID.5 (Patient Name)</span><ul>
    <li role="treeitem"><span>PID.5.1 (Family Name)</span><ul><li><span>PEMBERTON</span></li></ul></li>
    <li role="treeitem"><span>PID.5.2 (Given Name)</span><ul><li><span>ISOLDE</span></li></ul></li></ul></li>
  <li role="treeitem"><span>PID.3 [1] (Patient Identifier List)</span><ul>
    <li role="treeitem"><span>PID.3.1 (ID Number)</span><ul><li><span>M-20417</span></li></ul></li>
    <li role="treeitem"><span>PID.3.5 (Identifier Type Code)</span><ul><li><span>MR</span></li></ul></li></ul></li>
  <li role="treeitem"><span>PID.7 (Date/Time of Birth)</span><ul><li><span>19810923</span></li></ul></li>
  <li role="treeitem"><span>NK1.2 (Name)</span><ul><li><span>PEMBERTON^ALARIC</span></li></ul></li>
</ul>`;

const xml = `<pre>&lt;HL7Message&gt;
  &lt;PID&gt;
    &lt;PID.3&gt;&lt;PID.3.1&gt;M-20417&lt;/PID.3.1&gt;&lt;PID.3.5&gt;MR&lt;/PID.3.5&gt;&lt;/PID.3&gt;
    &lt;PID.5&gt;&lt;PID.5.1&gt;PEMBERTON&lt;/PID.5.1&gt;&lt;PID.5.2&gt;ISOLDE&lt;/PID.5.2&gt;&lt;/PID.5&gt;
    &lt;PID.7&gt;&lt;PID.7.1&gt;19810923&lt;/PID.7.1&gt;&lt;/PID.7&gt;
  &lt;/PID&gt;
  &lt;NK1&gt;&lt;NK1.2&gt;&lt;NK1.2.1&gt;PEMBERTON&lt;/NK1.2.1&gt;&lt;NK1.2.2&gt;ALARIC&lt;/NK1.2.2&gt;&lt;/NK1.2&gt;&lt;/NK1&gt;
&lt;/HL7Message&gt;</pre>`;

describe('an HL7 v2 message shown under field paths', () => {
  for (const [what, body] of [['a field grid', grid], ['a message tree', tree], ["Mirth's XML form", xml]] as const) {
    it(`reads the PID patient from ${what}`, async () => {
      const { reading } = await readInHappyDom(page(body), URL, extractClientContext);
      expect(reading?.name).toMatch(/^Isolde (?:K\.? )?Pemberton$/);
      expect(reading?.mrn).toBe('M-20417');
      expect(reading?.dob).toBe('1981-09-23');
    });
  }

  it('reads nothing from paths that name no patient', async () => {
    const { reading } = await readInHappyDom(page('<table><tr><td>NK1-2</td><td>Name</td><td>PEMBERTON^ALARIC</td></tr></table>'), URL, extractClientContext);
    expect(reading).toBeNull();
  });
});
