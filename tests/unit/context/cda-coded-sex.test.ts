import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { normalizeSex } from '../../../src/context/parse/fields';

/**
 * The HL7 CDA stylesheet 4.x prints every coded value as its display text, then " - " and the code's original
 * text when the document carries one: a gender coded M with originalText "Male" shows "Male - Male" (markup of
 * our own below, in that stylesheet's header and footer shape).
 */
const parse = (html: string) => new DOMParser().parseFromString(`<!DOCTYPE html><html><body>${html}</body></html>`, 'text/html');
const page = (gender: string) => `<h1 class="title">Continuity of Care Document (March  3, 2026)</h1>
  <table class="header_table"><tbody><tr><td class="td_label">Patient</td><td>
    <span class="span_value">Legal: Odalys  TREMBATH</span>
    <span style="float: right; margin-left: 1em;"><span><span class="span_label">Date of Birth: </span><span class="span_value">June  14, 1962<span title="At document creation time"> (63yr)</span></span></span>
    <span class="span_label">Gender: </span><span class="span_value">${gender}</span></span>
    <span style="float: right;" class="print_visible"><span class="span_label">Patient-ID:&#160;</span><span class="span_value"><span>448120 (Harbor Valley MRN)</span></span></span>
  </td></tr></tbody></table>
  <table class="header_table"><tbody>
    <tr><td class="td_label td_label_width">Date of Birth</td><td style="width: 30%;">June  14, 1962 (63yr)</td><td class="td_label td_label_width">Gender</td><td>${gender}</td></tr>
  </tbody></table>`;
const url = 'https://hie.example.org/viewer/document?id=CCD-448120';

describe("a coded sex printed with its original text ('Male - Male')", () => {
  it('reads the sex the parts agree on', () => {
    expect(normalizeSex('Male - Male')).toBe('M');
    expect(normalizeSex('Female - F')).toBe('F');
    expect(normalizeSex('Female – female')).toBe('F');
  });

  it('keeps parts that name different sexes as printed', () => {
    expect(normalizeSex('Male - Female')).toBe('Male - Female');
  });

  it("reads the client's sex from a rendered CDA header", async () => {
    expect(await extractClientContext(parse(page('Female - Female')), url)).toMatchObject({ name: 'Odalys Trembath', mrn: '448120', dob: '1962-06-14', sex: 'F' });
  });
});
