import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';
import { matchLabel } from '../../../src/context/generic/labels';

/**
 * A model-driven CRM form header prints each header field's value above its caption; the category field's value is
 * "Patient", and its caption "Contact Type" after it must not be read as a patient's name. Markup of our own.
 */
const read = async (html: string) => (await readInHappyDom(`<!DOCTYPE html><html><body>${html}</body></html>`, 'https://crm.example.org/main.aspx?etn=contact&id=1', extractClientContext)).reading;

const header = (caption: string) =>
  `<div class="form-header"><h1>Leopoldine Ferraro-Mbeki</h1><div class="entity">Contact · Patient</div>` +
  `<div class="header-fields"><div class="hf"><div class="v">Patient</div><div class="l">${caption}</div></div>` +
  `<div class="hf"><div class="v">HX-7730219</div><div class="l">MRN</div></div><div class="hf"><div class="v">Dr. Ines Albrecht</div><div class="l">Primary Care Physician</div></div></div></div>` +
  `<section><div class="row"><label>Date of Birth</label><input value="5/9/1972" readonly></div><div class="row"><label>Mobile Phone</label><input value="(602) 555-0143" readonly></div></section>`;

describe('the caption of a record\'s or stay\'s category', () => {
  it('is a label of no client field', () => {
    for (const caption of ['Contact Type', 'Patient Type', 'Account Record Type', 'Encounter Type', 'Visit Type']) expect(matchLabel(caption)).toMatchObject({ field: null });
  });

  it('is not read as the name after the category word above it', async () => {
    expect(await read(header('Contact Type'))).toMatchObject({ name: 'Leopoldine Ferraro-Mbeki', mrn: 'HX-7730219', dob: '1972-05-09' });
  });
});
