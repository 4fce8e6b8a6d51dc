import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { splitPeriod } from '../../../src/context/parse/dates';

/**
 * A visit that began and ended on one day, as the HL7 CDA stylesheet (4.x) prints an encounter whose start
 * and end share a date: the date and time once, then the end's time alone. Our own markup, synthetic people.
 */
const parse = (html: string) => new DOMParser().parseFromString(`<!DOCTYPE html><html><body>${html}</body></html>`, 'text/html');

const page = (when: string) => `<div id="documentheader"><h1>Visit Summary (May 4, 2024)</h1>
  <table class="header_table"><tbody>
    <tr><td class="td_label">Patient</td><td><span class="span_value">Legal: Ansel  Tobiah  KRISTENSEN</span>
      <span style="float: right"><span class="span_label">Date of Birth: </span><span class="span_value">July  14, 1962</span>
      <span class="span_label">Gender: </span><span class="span_value">Male</span></span>
      <span style="float: right"><span class="span_label">Patient-ID:&#160;</span><span class="span_value"><span>55218 (2.16.840.1.113883.19.5.3)</span></span></span></td></tr>
    <tr><td class="td_label">Encounter</td><td><span class="span_label">Date/Time: </span><span class="span_value">${when}</span></td></tr>
  </tbody></table></div>`;

describe('a period whose end is a time of the same day', () => {
  it('ends on the start day when the end is a time alone', () => {
    expect(splitPeriod('March 12, 2011 10:32AM - 1:32PM')).toEqual({ start: 'March 12, 2011 10:32AM', end: 'March 12, 2011 10:32AM' });
    expect(splitPeriod('August 6, 2012 00:28AM +0500 - 00:58AM +0500')?.end).toBe('August 6, 2012 00:28AM +0500');
    expect(splitPeriod('03/01/2025 08:00 - 17:30:00')?.end).toBe('03/01/2025 08:00');
    expect(splitPeriod('from March 1, 2025 to March 8, 2025')).toEqual({ start: 'March 1, 2025', end: 'March 8, 2025' });
    expect(splitPeriod('3/1/2025 - present')).toEqual({ start: '3/1/2025' });
  });

  it("reads the visit's day as both admission and discharge in a document header", async () => {
    const reading = await extractClientContext(parse(page('February  3, 2021 1:00PM -0500 - 2:15PM -0500')), 'https://hie.example.org/viewer/Document.aspx?doc=712');
    expect(reading).toMatchObject({ name: 'Ansel Tobiah Kristensen', mrn: '55218', admitDate: '2021-02-03', dischargeDate: '2021-02-03' });
  });
});
