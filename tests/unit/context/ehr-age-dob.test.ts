import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { afterAge } from '../../../src/context/generic/ehr-age-dob';

/** A record section of "label: info" items whose age item carries the birth date in brackets. Our own markup. */
const page = (age: string, contacts = '') =>
  new DOMParser().parseFromString(
    `<!DOCTYPE html><html><head><title>Record</title></head><body><table class="main"><tr class="topbar"><td>Master Record</td><td><table class="status"><tr><td>ACHTERBERG, Wendeline F 58 years</td><td><a href="#">Help</a></td></tr></table></td></tr><tr><td colspan="2"><div class="section" id="demographic"><h3>&nbsp;Demographic</h3><ul>\n` +
      `<li><span class="label">Last Name:</span>\n   <span class="info">ACHTERBERG</span></li>\n<li><span class="label">First Name:</span>\n   <span class="info">Wendeline</span></li>\n` +
      `<li><span class="label">Title:</span> <span class="info">MS</span></li>\n<li><span class="label">Sex:</span> <span class="info">F</span></li>\n<li><span class="label">Age:</span>\n   <span class="info">${age}\n   </span></li>\n` +
      `<li><span class="label">Chart No:</span> <span class="info">K-30218</span></li>\n</ul></div>${contacts}</td></tr></table></body></html>`,
    'text/html',
  );
const read = (age: string, contacts?: string) => extractClientContext(page(age, contacts), 'https://emr.example.ca/record?id=30218', { adapters: [], today: '2026-12-04' });

describe('the birth date in brackets after the labelled age', () => {
  it('is read when the age agrees with it', async () => {
    expect(await read('58&nbsp;(DOB: 1968-02-14)')).toMatchObject({ name: 'Wendeline Achterberg', mrn: 'K-30218', dob: '1968-02-14' });
    expect(await read('58 years (born 14 Feb 1968)')).toMatchObject({ dob: '1968-02-14' });
  });

  it('is not read when the age disagrees, nor from a relative\'s row', async () => {
    expect(afterAge('Age: 31 (DOB: 1968-02-14)', { y: 2026, m: 12, d: 4 })).toBeNull();
    expect(afterAge('Son: 34 (DOB: 1992-06-01)', { y: 2026, m: 12, d: 4 })).toBeNull();
    const r = await read('58', '<ul><li><span class="label">Son:</span> <span class="info">34 (DOB: 1992-06-01)</span></li></ul>');
    expect(r?.dob).toBeUndefined();
  });

  it('reads the sex in brackets after the labelled age', async () => {
    const sexless = page('58 years (Female)').body.innerHTML.replace(/<li><span class="label">Sex:<\/span> <span class="info">F<\/span><\/li>/, '');
    const doc = new DOMParser().parseFromString(`<!DOCTYPE html><html><head><title>Record</title></head><body>${sexless}</body></html>`, 'text/html');
    expect(await extractClientContext(doc, 'https://emr.example.ca/record?id=30218', { adapters: [], today: '2026-12-04' })).toMatchObject({ name: 'Wendeline Achterberg', sex: 'F' });
    expect(afterAge('Age: 29 years (M)', { y: 2026, m: 12, d: 4 })).toEqual({ sex: 'M' });
  });
});
