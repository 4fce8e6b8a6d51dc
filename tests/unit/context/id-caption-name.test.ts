import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';
import { parseName } from '../../../src/context/parse/names';

/**
 * A header's chip captions an identifier the label rules do not know ("Transit Rider ID"); read as the first value of
 * the banner line, it was taken for the client's name (parse/names.ts, ID_CAPTION_TAIL). Markup of our own, synthetic people.
 */
describe('an id caption is never a name', () => {
  it('rejects names whose last word is an id word', () => {
    expect(parseName('Transit Rider ID')).toBeNull();
    expect(parseName('Household Number')).toBeNull();
    expect(parseName('Ida Numberg')).toBe('Ida Numberg');
    // A field's caption too, its colon dropped: a relative's "Caller DOB 09/30/1990" line.
    expect(parseName('Caller DOB')).toBeNull();
    expect(parseName('Guarantor Phone')).toBeNull();
    expect(parseName('Dobson Phelps')).toBe('Dobson Phelps');
  });

  it('does not read the chip caption as the name on a card header', async () => {
    const html = `<!DOCTYPE html><html><head><title>Rider</title></head><body>
      <section class="Hdr_card__a1">
        <div class="Hdr_body__b2">
          <h2 class="Hdr_name__c3">Marisol T. Quenneville</h2>
          <div class="Hdr_meta__d4">
            <span class="Hdr_chip__e5">Transit Rider ID <b>TR-440172</b></span>
            <span class="Hdr_chip__e5">DOB <b>03/11/1959</b> (67 y)</span>
            <span class="Hdr_chip__e5">F</span>
            <span class="Hdr_chip__e5">Cell <b>(505) 555-0148</b></span>
          </div>
        </div>
      </section>
      <p>Scheduler: Ambrose Lutz</p></body></html>`;
    const { reading } = await readInHappyDom(html, 'https://rides.example.org/riders/TR-440172', extractClientContext);
    expect(reading?.name).not.toBe('Transit Rider ID');
    if (reading) expect(reading.name).toBe('Marisol T. Quenneville');
  });

  it('gives no birth date from a line a field caption leads, its colon dropped', async () => {
    // The caller's block comes first, its captions printed without colons; the patient's own birth date is in a table below.
    const html = `<!DOCTYPE html><html><head><title>Call</title></head><body><main>
      <section><h2>Caller</h2>
        <div class="row"><span>Caller name</span> <span>Adaeze Okafor-Lund</span></div>
        <div class="row"><span>Relationship</span> <span>Aunt</span></div>
        <div class="row"><span>Caller DOB</span> <span>09/30/1990</span></div></section>
      <section><h2>Patient</h2><table>
        <tr><th>Name</th><td>Emeka Okafor-Lund</td><th>MRN</th><td>NP-55120</td></tr>
        <tr><th>DOB</th><td>04/02/2021</td><th>Sex</th><td>M</td></tr></table></section></main></body></html>`;
    const { reading } = await readInHappyDom(html, 'https://triage.example.org/calls/881', extractClientContext);
    expect(reading?.dob).not.toBe('1990-09-30');
    if (reading) expect(reading.dob).toBe('2021-04-02');
  });
});
