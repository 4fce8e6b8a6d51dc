/**
 * Host patterns for the sites a user lets Rapport read. A pattern names the host without a port:
 * Firefox match patterns take none, and an EHR serving a second port is still the same system.
 */

const WEB_PATTERN = /^(https?|\*):\/\/(\*|(\*\.)?[^/*:]+)\/\*$/;

/** "https://ehr.example.org/*" for any page of that site, or null for a page that is not http(s). */
export function accessPatternFor(url: string): string | null {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return null;
  }
  if ((u.protocol !== 'http:' && u.protocol !== 'https:') || !u.hostname) return null;
  return `${u.protocol}//${u.hostname}/*`;
}

/** Granted origins include non-web ones (file:, chrome-extension:) that no reader runs on. */
export function isWebPattern(pattern: string): boolean {
  return WEB_PATTERN.test(pattern);
}

/** Whether a page at `url` falls under `pattern` (scheme, host with `*.` subdomains; any port, any path). */
export function patternCovers(pattern: string, url: string): boolean {
  const match = WEB_PATTERN.exec(pattern);
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return false;
  }
  if (!match || (u.protocol !== 'http:' && u.protocol !== 'https:')) return false;
  const [, scheme, host] = match as unknown as [string, string, string];
  if (scheme !== '*' && `${scheme}:` !== u.protocol) return false;
  if (host === '*') return true;
  if (host.startsWith('*.')) return u.hostname === host.slice(2) || u.hostname.endsWith(host.slice(1));
  return u.hostname === host;
}

/** What a person calls the site: its host, or "every site" for a wildcard grant. */
export function siteLabel(pattern: string): { host: string; scheme: string; everySite: boolean } {
  const match = WEB_PATTERN.exec(pattern);
  const scheme = match?.[1] ?? '';
  const host = match?.[2] ?? pattern;
  return { host: host.replace(/^\*\./, ''), scheme, everySite: host === '*' };
}
