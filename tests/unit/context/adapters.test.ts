import { describe, expect, it } from 'vitest';
import { ADAPTERS, adapterById, adapterFor, adapterMatchesUrl } from '../../../src/context/adapters/index';
import { systemForUrl } from '../../../src/context/site';
import { ADAPTER_MATCHES } from '../../../src/context/adapters/registry';

const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');

describe('adapter registry', () => {
  it('has unique ids and every sample URL matches its adapter', () => {
    expect(new Set(ADAPTERS.map((a) => a.id)).size).toBe(ADAPTERS.length);
    for (const a of ADAPTERS) {
      expect(a.sampleUrls.length, a.id).toBeGreaterThan(0);
      for (const url of a.sampleUrls) expect(adapterMatchesUrl(a, url), `${a.id} ${url}`).toBe(true);
    }
  });
  it('the content script registry recognises every adapter by the same match, in the same order', () => {
    expect(ADAPTER_MATCHES.map((m) => m.id)).toEqual(ADAPTERS.map((a) => a.id));
    for (const m of ADAPTER_MATCHES) {
      const a = adapterById(m.id)!;
      expect({ hosts: a.hosts, paths: a.paths, marker: a.marker }).toEqual({ hosts: m.hosts, paths: m.paths, marker: m.marker });
    }
  });
  it('matches demo-classic charts only', () => {
    const a = adapterById('demo-classic')!;
    expect(adapterMatchesUrl(a, 'http://127.0.0.1:41234/classic/chart/7')).toBe(true);
    expect(adapterMatchesUrl(a, 'http://127.0.0.1:8765/classic/')).toBe(false);
    expect(adapterMatchesUrl(a, 'http://127.0.0.1:8765/classic/chart/7/notes')).toBe(false);
    expect(adapterMatchesUrl(a, 'http://127.0.0.1:8765/app/patient/7')).toBe(false);
    expect(adapterMatchesUrl(a, 'file:///classic/chart/7')).toBe(false);
    expect(adapterMatchesUrl(a, 'not a url')).toBe(false);
  });
  it('matches the demo app paths', () => {
    const a = adapterById('demo-app')!;
    expect(adapterMatchesUrl(a, 'http://localhost:3000/app/')).toBe(true);
    expect(adapterMatchesUrl(a, 'http://localhost:3000/app/patient/3')).toBe(true);
    expect(adapterMatchesUrl(a, 'http://localhost:3000/apple/')).toBe(false);
    expect(adapterMatchesUrl(a, 'http://localhost:3000/portal/member/3')).toBe(false);
  });
  it('needs the DOM marker as well as the URL', () => {
    const url = 'http://127.0.0.1:8765/classic/chart/1';
    expect(adapterFor(parse('<table id="pt-header"><tr><td>x</td></tr></table>'), url, ADAPTERS)?.id).toBe('demo-classic');
    expect(adapterFor(parse('<p>Some other product on the same path</p>'), url, ADAPTERS)).toBeNull();
    expect(adapterFor(parse('<div id="app-root"></div>'), 'http://127.0.0.1:8765/app/patient/1', ADAPTERS)?.id).toBe('demo-app');
  });
});

describe('systemForUrl', () => {
  it('is the origin', () => {
    expect(systemForUrl('http://127.0.0.1:8765/classic/chart/1?x=1#top')).toBe('http://127.0.0.1:8765');
    expect(systemForUrl('https://ehr.example.org/a', 'demo-classic')).toBe('https://ehr.example.org');
    expect(systemForUrl('https://ehr.example.org/a', 'unknown-adapter')).toBe('https://ehr.example.org');
  });
  it('differs between ports and hosts', () => {
    expect(systemForUrl('http://127.0.0.1:8765/')).not.toBe(systemForUrl('http://127.0.0.1:8766/'));
  });
  it('does not throw on odd input', () => {
    expect(systemForUrl('not a url#frag')).toBe('not a url');
    expect(systemForUrl('file:///tmp/chart.html')).toBe('file:/tmp/chart.html');
  });
});
