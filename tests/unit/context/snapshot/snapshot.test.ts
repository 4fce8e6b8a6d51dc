import { describe, expect, it } from 'vitest';
import { Window } from 'happy-dom';
import { takeSnapshot } from '../../../../src/context/snapshot/take';
import { rebuildPage } from '../../../../src/context/snapshot/rebuild';
import type { SnapElement, SnapNode, Snapshot } from '../../../../src/context/snapshot/types';
import { extractClientContext } from '../../../../src/context/extract';
import { MAX_SCRIPT_CHARS } from '../../../../src/context/generic/structured-check';

/** A page in a window of its own at `url` (happy-dom: markup visibility and inline styles, no layout). */
function page(html: string, url = 'https://ehr.example.org/chart') {
  const window = new Window({ url, settings: { disableJavaScriptFileLoading: true, disableJavaScriptEvaluation: true, disableIframePageLoading: true } });
  window.document.write(html);
  return window.document as unknown as Document;
}

function find(node: SnapNode | undefined, test: (el: SnapElement) => boolean): SnapElement | undefined {
  if (!node || typeof node === 'string') return undefined;
  if (test(node)) return node;
  for (const kid of [...(node.kids ?? []), ...(node.shadow ?? [])]) {
    const found = find(kid, test);
    if (found) return found;
  }
  return undefined;
}

const attr = (el: SnapElement | undefined, name: string) => {
  const attrs = el?.attrs ?? [];
  for (let i = 0; i < attrs.length; i += 2) if (attrs[i] === name) return attrs[i + 1];
  return undefined;
};

/** Rebuilt elsewhere, as in the extension's own page: a blank window, whose documents' address is not the page's. */
async function rebuilt(doc: Document): Promise<Document> {
  const elsewhere = new Window().document as unknown as Document;
  const out = rebuildPage(structuredClone(await takeSnapshot(doc)), elsewhere.implementation);
  if (!out) throw new Error('no document rebuilt');
  return out;
}

describe('the snapshot of a page', () => {
  it('keeps a hidden cell in its column, marked hidden and without its text', async () => {
    const doc = page('<table><tr><th>Name</th><th>MRN</th></tr><tr><td style="display:none">Other Person</td><td>Jane Doe</td><td>MRN-1</td></tr></table>');
    const snap = await takeSnapshot(doc);
    const cell = find(snap.root, (el) => attr(el, 'style') === 'display:none');
    expect(cell).toMatchObject({ tag: 'td' });
    expect(attr(cell, 'hidden')).toBe('');
    expect(cell?.kids).toBeUndefined();
    const again = await rebuilt(doc);
    expect(Array.from(again.querySelectorAll('tr')[1]!.children, (td) => td.textContent)).toEqual(['', 'Jane Doe', 'MRN-1']);
    expect(JSON.stringify(snap)).not.toContain('Other Person');
  });

  it('carries what form controls show now, not what their markup first said', async () => {
    const doc = page('<input id="n" value="Old Name"><textarea id="t">first</textarea><select id="s"><option selected>A</option><option>B</option></select><input type="checkbox" id="c"><input type="password" id="p" value="secret" onfocus="x()">');
    (doc.getElementById('n') as HTMLInputElement).value = 'Jane Doe';
    (doc.getElementById('t') as HTMLTextAreaElement).value = 'typed';
    (doc.getElementById('s') as HTMLSelectElement).selectedIndex = 1;
    (doc.getElementById('c') as HTMLInputElement).checked = true;
    const snap = await takeSnapshot(doc);
    expect(JSON.stringify(snap)).not.toContain('secret');
    expect(JSON.stringify(snap)).not.toContain('onfocus');
    const again = await rebuilt(doc);
    expect((again.getElementById('n') as HTMLInputElement).value).toBe('Jane Doe');
    expect(again.getElementById('n')?.getAttribute('value')).toBe('Old Name');
    expect((again.getElementById('t') as HTMLTextAreaElement).value).toBe('typed');
    expect((again.getElementById('s') as HTMLSelectElement).selectedOptions[0]?.textContent).toBe('B');
    expect((again.getElementById('c') as HTMLInputElement).checked).toBe(true);
    expect((again.getElementById('p') as HTMLInputElement).value).toBe('');
  });

  it('re-attaches open shadow roots to their hosts', async () => {
    const doc = page('<div id="host"></div>');
    const root = doc.getElementById('host')!.attachShadow({ mode: 'open' });
    const inner = doc.createElement('span');
    inner.textContent = 'Jane Doe';
    root.appendChild(inner);
    const again = await rebuilt(doc);
    expect(again.getElementById('host')?.shadowRoot?.textContent).toBe('Jane Doe');
    expect(again.getElementById('host')?.textContent).toBe('');
  });

  it('keeps the title and inline scripts, each cut one character past what the structured reader reads', async () => {
    const long = `window.__STATE__ = ${'1'.repeat(MAX_SCRIPT_CHARS + 10)}`;
    const doc = page(`<head><title>Chart: Jane Doe</title><style>.x{color:red}</style></head><body><div hidden><script type="application/json" id="__NEXT_DATA__">{"a":1}</script></div><script>${long}</script></body>`);
    const again = await rebuilt(doc);
    expect(again.title).toBe('Chart: Jane Doe');
    expect(again.getElementById('__NEXT_DATA__')?.textContent).toBe('{"a":1}');
    expect(again.getElementsByTagName('script')[1]?.textContent?.length).toBe(MAX_SCRIPT_CHARS + 1);
    expect(again.querySelector('style')?.textContent).toBe('');
  });

  it('keeps an XML document as XML, namespaces and content type', async () => {
    const xml = new DOMParser().parseFromString('<ClinicalDocument xmlns="urn:hl7-org:v3" xmlns:sdtc="urn:hl7-org:sdtc"><recordTarget><sdtc:raceCode code="x"/></recordTarget></ClinicalDocument>', 'application/xml');
    const again = await rebuilt(xml);
    // (happy-dom gives every created document text/html; Chromium's content type is checked in tests/e2e/snapshot.e2e.ts.)
    expect(again.documentElement.namespaceURI).toBe('urn:hl7-org:v3');
    expect(again.documentElement.localName).toBe('ClinicalDocument');
    const race = again.documentElement.firstElementChild?.firstElementChild;
    expect(race?.namespaceURI).toBe('urn:hl7-org:sdtc');
    expect(race?.localName).toBe('raceCode');
    expect(race?.getAttribute('code')).toBe('x');
  });

  it('is cut, and read as no client, past its caps', async () => {
    const doc = page(`<p>Jane Doe</p>${'<i>x</i>'.repeat(50)}`);
    const byElements = await takeSnapshot(doc, { maxElements: 40 });
    expect(byElements).toMatchObject({ truncated: true });
    expect(rebuildPage(byElements, doc.implementation)).toBeNull();
    expect(await takeSnapshot(doc, { maxText: 20 })).toMatchObject({ truncated: true });
    expect((await takeSnapshot(doc)).truncated).toBe(false);
  });

  it('works in slices, yielding between them', async () => {
    const doc = page(`${'<div><span>Jane Doe</span> 01/02/1950</div>'.repeat(1000)}`);
    let now = 0;
    const slices: number[] = [];
    // Each clock read (one every 16 nodes) advances a millisecond: a slice is used up after some 128 nodes.
    await takeSnapshot(doc, { clock: () => now++, yieldTo: async () => {}, onSlice: (ms) => slices.push(ms) });
    expect(slices.length).toBeGreaterThan(10);
  });

  it('gives the rules the page address a store selects its open record by', async () => {
    // A normalised store with no selection key: the address names the open record.
    const state = { patients: { byId: { '88231': { id: '88231', firstName: 'Jane', lastName: 'Doe', dateOfBirth: '1950-01-02', mrn: 'MRN-88231' }, '90412': { id: '90412', firstName: 'Hamish', lastName: 'Ferreira', dateOfBirth: '1961-03-04', mrn: 'MRN-90412' } } } };
    const url = 'https://ehr.example.org/patients/88231/summary';
    const doc = page(`<h1>Jane Doe</h1><script type="application/json" id="state">${JSON.stringify(state)}</script>`, url);
    const live = await extractClientContext(doc, url);
    expect(live).toMatchObject({ name: 'Jane Doe', dob: '1950-01-02', mrn: 'MRN-88231' });
    const again = await rebuilt(doc);
    expect(await extractClientContext(again, url)).toEqual(live);
  });
});

describe('a snapshot is plain data', () => {
  it('survives a structured clone and JSON alike', async () => {
    const snap: Snapshot = await takeSnapshot(page('<p title="t">Jane <b>Doe</b></p>'));
    expect(structuredClone(snap)).toEqual(JSON.parse(JSON.stringify(snap)));
  });
});
