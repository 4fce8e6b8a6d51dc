import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';

const manifest = JSON.parse(readFileSync('manifest.json', 'utf8')) as { content_security_policy: { extension_pages: string } };

/** "default-src 'self'; img-src 'self'" → { 'default-src': ["'self'"], 'img-src': ["'self'"] } */
function directives(csp: string): Record<string, string[]> {
  const entries = csp
    .split(';')
    .map((part) => part.trim().split(/\s+/))
    .filter((words) => words[0])
    .map(([name, ...sources]) => [name as string, sources] as const);
  return Object.fromEntries(entries);
}

describe('the extension pages CSP', () => {
  test('is exactly the shipped directive set: own files only, the network over https only (team sync), no plugins, no framing', () => {
    expect(directives(manifest.content_security_policy.extension_pages)).toEqual({
      'default-src': ["'self'"],
      'script-src': ["'self'"],
      'style-src': ["'self'"],
      // No page shows an image (the Timeline is inline SVG), so not even data: is allowed.
      'img-src': ["'self'"],
      'font-src': ["'self'"],
      'media-src': ["'none'"],
      'object-src': ["'none'"],
      // MV3's CSP is static and the team server's origin is the user's to enter: https: is the least
      // that lets it work. src/sync/transport.ts still refuses every origin but the configured one.
      'connect-src': ['https:'],
      'base-uri': ["'none'"],
      'form-action': ["'none'"],
      'frame-ancestors': ["'none'"],
    });
  });

  test('names each directive once: a browser ignores a repeated one, so a later relaxation would be silent', () => {
    const names = manifest.content_security_policy.extension_pages
      .split(';')
      .map((part) => part.trim().split(/\s+/)[0])
      .filter(Boolean);
    expect(new Set(names).size).toBe(names.length);
  });
});
