import { describe, expect, test } from 'vitest';
import { accessPatternFor, isWebPattern, patternCovers, siteLabel } from '../../../src/domain/sites/site-access';

describe('site access patterns', () => {
  test('a page gives the pattern of its host, without port or path', () => {
    expect(accessPatternFor('https://ehr.example.org:8443/chart/1?x#y')).toBe('https://ehr.example.org/*');
    expect(accessPatternFor('http://rapport-site.localhost:4321/')).toBe('http://rapport-site.localhost/*');
    expect(accessPatternFor('file:///home/chart.html')).toBeNull();
    expect(accessPatternFor('chrome://extensions')).toBeNull();
    expect(accessPatternFor('not a url')).toBeNull();
  });

  test('only web patterns count', () => {
    for (const p of ['https://ehr.example.org/*', 'http://*/*', '*://*.example.org/*']) expect(isWebPattern(p), p).toBe(true);
    for (const p of ['file:///*', 'chrome://favicon/*', '<all_urls>', 'https://ehr.example.org/chart/*']) expect(isWebPattern(p), p).toBe(false);
  });

  test('coverage follows scheme and host, any port', () => {
    expect(patternCovers('http://127.0.0.1/*', 'http://127.0.0.1:8765/classic/')).toBe(true);
    expect(patternCovers('http://127.0.0.1/*', 'https://127.0.0.1/')).toBe(false);
    expect(patternCovers('*://*.example.org/*', 'https://ehr.example.org/x')).toBe(true);
    expect(patternCovers('*://*.example.org/*', 'https://example.org/')).toBe(true);
    expect(patternCovers('*://*.example.org/*', 'https://badexample.org/')).toBe(false);
    expect(patternCovers('https://*/*', 'https://anything.example/')).toBe(true);
  });

  test('a label a person recognises', () => {
    expect(siteLabel('https://ehr.example.org/*')).toEqual({ host: 'ehr.example.org', scheme: 'https', everySite: false });
    expect(siteLabel('http://*/*')).toEqual({ host: '*', scheme: 'http', everySite: true });
  });
});
