import { describe, expect, test } from 'vitest';
import { isAllowedUrl } from '../../e2e/network-guard';

const ID = 'abcdefghijklmnopabcdefghijklmnop';

describe('the e2e network guard allow-list', () => {
  test('with sync off only the extension\'s own files and in-memory data pass', () => {
    expect(isAllowedUrl(`chrome-extension://${ID}/src/options/index.html`, ID)).toBe(true);
    expect(isAllowedUrl('data:text/plain,x', ID)).toBe(true);
    expect(isAllowedUrl('https://fhir.example.org/R4/Patient', ID)).toBe(false);
    expect(isAllowedUrl('chrome-extension://another/x.js', ID)).toBe(false);
  });

  test('with sync on exactly the configured origin passes: not another port, scheme or host', () => {
    const allowed = ['http://127.0.0.1:4321'];
    expect(isAllowedUrl('http://127.0.0.1:4321/fhir/R4/Patient?_count=5', ID, allowed)).toBe(true);
    expect(isAllowedUrl('http://127.0.0.1:4322/fhir/R4/Patient', ID, allowed)).toBe(false);
    expect(isAllowedUrl('https://127.0.0.1:4321/fhir/R4/Patient', ID, allowed)).toBe(false);
    expect(isAllowedUrl('http://localhost:4321/fhir/R4/Patient', ID, allowed)).toBe(false);
    expect(isAllowedUrl('http://127.0.0.1:4321.evil.example/', ID, allowed)).toBe(false);
  });
});
