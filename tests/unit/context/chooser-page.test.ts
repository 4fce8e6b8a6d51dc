import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';

/** A ward's patient-selection dialog with the highlighted patient repeated beside OK/Cancel. Our own markup. */
const html = (title: string) =>
  `<!DOCTYPE html><html><head><title>${title}</title></head><body><div>Ward list · User: BRANDT,OSWIN (RN)</div>` +
  `<fieldset><legend>Patients (2 EAST)</legend><table>` +
  `<tr><td>FARRAGUT,LEONA MAE</td><td>666-21-3390</td><td>Feb 12,1944</td><td>204-A</td></tr>` +
  `<tr><td>DELACROIX,AMOS</td><td>666-48-0071</td><td>Jul 30,1951</td><td>206-B</td></tr></table></fieldset>` +
  `<fieldset><legend>Patient detail</legend><p>FARRAGUT,LEONA MAE<br>666-21-3390<br>Feb 12,1944 (82)<br>2 EAST 204-A</p>` +
  `<button>OK</button> <button>Cancel</button></fieldset></body></html>`;
const read = (title: string, url: string) =>
  extractClientContext(new DOMParser().parseFromString(html(title), 'text/html'), url, { adapters: [], today: '2026-12-05' });

describe('a patient-selection page', () => {
  it('reads nobody when the address or the title says the user is choosing a patient', async () => {
    expect(await read('Chart', 'https://emr.example.org/cprs/patient-select')).toBeNull();
    expect(await read('Chart', 'https://emr.example.org/app/SelectPatient.aspx')).toBeNull();
    expect(await read('CPRS Web - Patient Selection', 'https://emr.example.org/cprs/main')).toBeNull();
  });

  it('is not a search page, whose one result can be the member the user looked up', async () => {
    const { isChooserPage } = await import('../../../src/context/generic/chooser-page');
    const doc = new DOMParser().parseFromString('<title>Eligibility and Benefits</title>', 'text/html');
    expect(isChooserPage('https://portal.example.org/eligibility/search', doc)).toBe(false);
    expect(isChooserPage('https://emr.example.org/patients/88123/selection-history', doc)).toBe(false);
  });
});
