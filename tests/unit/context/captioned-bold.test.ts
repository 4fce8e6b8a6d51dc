import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';
import { captionedBold } from '../../../src/context/generic/captioned-bold';

/** A CRM contact header naming the record's owner in bold after a caption. Markup of our own. */
const read = async (html: string) => (await readInHappyDom(`<!DOCTYPE html><html><body>${html}</body></html>`, 'https://crm.example.net/contacts/77014', extractClientContext)).reading;
const bold = (html: string) => {
  const div = document.createElement('div');
  div.append(...new DOMParser().parseFromString(html, 'text/html').body.childNodes);
  return div.querySelector('strong, b') as Element;
};

describe('a bold name after a caption', () => {
  it('is the caption\'s value unless the caption labels the client\'s name', () => {
    expect(captionedBold(bold('Sales owner: <strong>Noelani Kahale</strong>'))).toBe(true);
    expect(captionedBold(bold('Assigned to: <b>Ravi Menon</b>'))).toBe(true);
    expect(captionedBold(bold('Patient: <b>Ravi Menon</b>'))).toBe(false);
    expect(captionedBold(bold('Discharge Instructions for: <b>MENON, RAVI</b>'))).toBe(false);
    expect(captionedBold(bold('<strong>Ravi Menon</strong> Stable'))).toBe(false);
  });

  it('is not read as the record\'s title', async () => {
    const page =
      '<div class="content"><header class="entity-header"><div class="avatar">IF</div><div><h1 class="entity-name">Ingeborg Falkenrath</h1><p class="job">Member at Nordhavn Plan</p></div>' +
      '<div class="owner">Sales owner: <strong>Cosima Adeleke</strong></div></header><div style="display:flex"><aside class="basic-info"><h3>Basic information</h3><ul class="field-list">' +
      '<li><span class="field-label">Member ID</span><span class="field-value">NP-220419</span></li><li><span class="field-label">Date of birth</span><span class="field-value">12 Mar 1961</span></li>' +
      '<li><span class="field-label">Mobile</span><span class="field-value">+1 (206) 555-0150</span></li></ul></aside><main><h3>Activities</h3></main></div></div>';
    const reading = await read(page);
    expect(reading?.name).not.toBe('Cosima Adeleke');
    expect(reading).toMatchObject({ name: 'Ingeborg Falkenrath', mrn: 'NP-220419', dob: '1961-03-12' });
  });
});
