import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { Window } from 'happy-dom';
import { readSnapshot } from '../../../../src/context/snapshot/read';
import { takeSnapshot } from '../../../../src/context/snapshot/take';
import { extractClientContext } from '../../../../src/context/extract';
import { ADAPTERS } from '../../../../src/context/adapters/index';

const FIXTURES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../fixtures');

function live(html: string, url: string): Document {
  const window = new Window({ url, settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true } });
  window.document.write(html);
  return window.document as unknown as Document;
}
const elsewhere = () => (new Window().document as unknown as Document).implementation;

describe('reading a snapshot where the rules are', () => {
  it('reads an adapter site with the adapter the frame named, as the frame would have', async () => {
    const json = JSON.parse(readFileSync(path.join(FIXTURES, 'openemr/dashboard.json'), 'utf8')) as { url: string };
    const doc = live(readFileSync(path.join(FIXTURES, 'openemr/dashboard.html'), 'utf8').replace(/<link\b[^>]*>/gi, ''), json.url);
    const request = { url: json.url, snapshot: structuredClone(await takeSnapshot(doc)), adapter: 'openemr' };
    const read = await readSnapshot(request, elsewhere(), ADAPTERS);
    expect(read?.source).toBe('openemr');
    expect(read).toEqual(await extractClientContext(doc, json.url));
  });

  it('uses what the user taught for the origin', async () => {
    const url = 'https://crm.example.org/people/7';
    const doc = live('<div class="who">Mabel Quist</div><p>Member since 2019</p>', url);
    const profile = { origin: 'https://crm.example.org', selectors: { name: '.who' } };
    const read = await readSnapshot({ url, snapshot: await takeSnapshot(doc), profile }, elsewhere(), ADAPTERS);
    expect(read).toMatchObject({ name: 'Mabel Quist', source: 'profile' });
  });

  it('reads a truncated snapshot, or an unknown adapter, as the page would be read without it', async () => {
    const url = 'https://ehr.example.org/chart';
    const doc = live('<h1>Jane Doe</h1>', url);
    expect(await readSnapshot({ url, snapshot: { contentType: 'text/html', truncated: true } }, elsewhere(), ADAPTERS)).toBeNull();
    expect(await readSnapshot({ url, snapshot: await takeSnapshot(doc), adapter: 'no-such-adapter' }, elsewhere(), ADAPTERS)).toEqual(await extractClientContext(doc, url, { adapters: [] }));
  });
});

describe('the adapters the reading page knows', () => {
  it('are every adapter the extension has (the demo EHR\'s in this, the demo, configuration)', async () => {
    const { READER_ADAPTERS } = await import('../../../../src/offscreen/adapters');
    expect(READER_ADAPTERS.map((a) => a.id).sort()).toEqual(ADAPTERS.map((a) => a.id).sort());
  });
});
