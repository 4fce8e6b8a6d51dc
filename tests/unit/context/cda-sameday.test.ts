import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';

/**
 * The HL7 CDA stylesheet (4.x) prints an encounter's period as "from <start> to <end>", as "from <start>"
 * when it has no end, as "at <time>" for a point, and as the date alone when start and end fall on one
 * day. Our own markup, synthetic people.
 */
const parse = (html: string) => new DOMParser().parseFromString(`<!DOCTYPE html><html><body>${html}</body></html>`, 'text/html');

const page = (when: string, cls = ' class="td_label"') => `<div id="documentheader"><h1>Visit Summary (May 4, 2024)</h1>
  <table class="header_table"><tbody>
    <tr><td${cls}>Patient</td><td><span class="span_value">Legal: Marit  Elspeth  VANDERHOEK</span>
      <span style="float: right"><span class="span_label">Date of Birth: </span><span class="span_value">October  2, 1955</span>
      <span class="span_label">Gender: </span><span class="span_value">Female</span></span>
      <span style="float: right"><span class="span_label">Patient-ID:&#160;</span><span class="span_value"><span>61893 (2.16.840.1.113883.19.5.3)</span></span></span></td></tr>
    <tr><td${cls}>Encounter</td><td><span class="span_label">Date/Time: </span><span class="span_value">${when}</span></td></tr>
  </tbody></table></div>`;

const viewer = 'https://hie.example.org/viewer/Document.aspx?doc=733';

describe("an encounter of one day in the HL7 CDA stylesheet's header", () => {
  it('reads the date alone as both admission and discharge', async () => {
    expect(await extractClientContext(parse(page('September  8, 2020')), viewer)).toMatchObject({ name: 'Marit Elspeth Vanderhoek', admitDate: '2020-09-08', dischargeDate: '2020-09-08' });
  });

  it('reads no discharge for a start alone, a point in time, or a date alone elsewhere', async () => {
    for (const [when, cls] of [['from September  8, 2020', undefined], ['at September  8, 2020', undefined], ['September  8, 2020', '']] as const) {
      const read = await extractClientContext(parse(page(when, cls)), viewer);
      expect(read?.name, when).toBe('Marit Elspeth Vanderhoek');
      expect(read?.dischargeDate, `${when} ${cls}`).toBeUndefined();
    }
  });
});
