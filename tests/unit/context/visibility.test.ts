import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { VisibilityChecker } from '../../../src/context/dom';

type Loader = (html: string) => Document;
const loaders: Record<string, Loader> = {
  DOMParser: (html) => new DOMParser().parseFromString(html, 'text/html'),
  // No window behind it (defaultView null), like DOMParser documents in Chromium.
  'windowless document': (html) => {
    const doc = document.implementation.createHTMLDocument('');
    doc.body.innerHTML = html;
    return doc;
  },
};

const banner = (name: string, mrn: string, dob: string, attrs = '') =>
  `<div class="patient-banner"${attrs}><dl><dt>Patient name</dt><dd>${name}</dd><dt>MRN</dt><dd>${mrn}</dd><dt>DOB</dt><dd>${dob}</dd></dl></div>`;

for (const [loaderName, load] of Object.entries(loaders)) {
  describe(`hidden elements (${loaderName})`, () => {
    it('VisibilityChecker sees attributes and inline styles', async () => {
      const doc = load(`
        <p id="plain">x</p>
        <div hidden><p id="h1">x</p></div>
        <div aria-hidden="true"><p id="h2">x</p></div>
        <div style="display:none"><span><p id="h3">x</p></span></div>
        <p id="h4" style="visibility: hidden">x</p>
        <template><p id="h5">x</p></template>`);
      const vis = new VisibilityChecker(doc);
      expect(vis.isVisible(doc.getElementById('plain')!)).toBe(true);
      for (const id of ['h1', 'h2', 'h3', 'h4']) expect(vis.isVisible(doc.getElementById(id)!), id).toBe(false);
    });

    for (const [how, attrs] of [
      ['hidden attribute', ' hidden'],
      ['aria-hidden', ' aria-hidden="true"'],
      ['display:none', ' style="display:none"'],
      ['visibility:hidden', ' style="visibility:hidden"'],
      ['opacity 0', ' style="opacity:0"'],
      ['font-size 0', ' style="font-size:0"'],
      ['transparent text', ' style="color:transparent"'],
      ['transparent rgba text', ' style="color:rgba(0, 0, 0, 0)"'],
      ['transform scale(0)', ' style="transform:scale(0)"'],
      ['clip rect(0 0 0 0)', ' style="position:absolute;clip:rect(0 0 0 0)"'],
      ['clip-path inset(50%)', ' style="clip-path:inset(50%)"'],
      ['an off-screen position', ' style="position:absolute;left:-9999px"'],
      ['an off-screen text-indent', ' style="text-indent:-99999px"'],
      ['zero size and overflow hidden', ' style="height:0;overflow:hidden"'],
    ] as const) {
      it(`ignores a second banner hidden by ${how}`, async () => {
        const doc = load(banner('DOE, JANE M', 'MRN-1', '1950-01-05') + banner('ROE, RICHARD', 'MRN-2', '1960-02-02', attrs));
        const r = await extractClientContext(doc, 'https://ehr.example.org/chart');
        expect(r?.name).toBe('Jane M. Doe');
        expect(r?.mrn).toBe('MRN-1');
      });
    }

    it('returns null when both banners are visible', async () => {
      const doc = load(banner('DOE, JANE M', 'MRN-1', '1950-01-05') + banner('ROE, RICHARD', 'MRN-2', '1960-02-02'));
      expect(await extractClientContext(doc, 'https://ehr.example.org/chart')).toBeNull();
    });

    it('returns null when the only banner is hidden', async () => {
      const doc = load(banner('DOE, JANE M', 'MRN-1', '1950-01-05', ' hidden'));
      expect(await extractClientContext(doc, 'https://ehr.example.org/chart')).toBeNull();
    });

    it('ignores zero-width and bidi characters hidden in labels', async () => {
      const doc = load('<div class="patient-banner"><dl><dt>Patient\u200B name</dt><dd>DOE, JANE</dd><dt>M\u202ERN</dt><dd>MRN-1</dd><dt>D\u2066OB</dt><dd>01/05/1950</dd></dl></div>');
      const r = await extractClientContext(doc, 'https://ehr.example.org/chart');
      expect(r).toMatchObject({ name: 'Jane Doe', mrn: 'MRN-1', dob: '1950-01-05', source: 'generic' });
    });
  });
}

describe('open shadow roots are read like the page', () => {
  it('reads a banner rendered inside an open shadow root', async () => {
    const doc = document.implementation.createHTMLDocument('');
    const host = doc.createElement('patient-header');
    doc.body.append(host);
    const root = host.attachShadow({ mode: 'open' });
    root.innerHTML = banner('DOE, JANE M', 'MRN-1', '1950-01-05');
    expect(await extractClientContext(doc, 'https://ehr.example.org/chart')).toMatchObject({ name: 'Jane M. Doe', mrn: 'MRN-1', dob: '1950-01-05' });
  });
  it('sees a second client inside a shadow root and refuses', async () => {
    const doc = document.implementation.createHTMLDocument('');
    doc.body.innerHTML = banner('DOE, JANE M', 'MRN-1', '1950-01-05');
    const host = doc.createElement('div');
    doc.body.append(host);
    host.attachShadow({ mode: 'open' }).innerHTML = banner('ROE, RICHARD', 'MRN-2', '1960-02-02');
    expect(await extractClientContext(doc, 'https://ehr.example.org/chart')).toBeNull();
  });
  it('does not read a banner inside a hidden shadow host', async () => {
    const doc = document.implementation.createHTMLDocument('');
    doc.body.innerHTML = banner('DOE, JANE M', 'MRN-1', '1950-01-05');
    const host = doc.createElement('div');
    host.setAttribute('hidden', '');
    doc.body.append(host);
    host.attachShadow({ mode: 'open' }).innerHTML = banner('ROE, RICHARD', 'MRN-2', '1960-02-02');
    expect((await extractClientContext(doc, 'https://ehr.example.org/chart'))?.mrn).toBe('MRN-1');
  });
});
