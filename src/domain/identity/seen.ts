import type { ClientContext } from '../../model/context';
import { isChartUrlOf, PAGE_SOURCED_FIELDS, type ClientIdentity, type ClientRecord, type PageSourcedField } from '../../model/records';
import { nameDobKey, normaliseMrn, normaliseNameForMatch } from './identity';
import { differsOnlyByMiddleNames } from './names';

/** What a page showed of a client, field by field (trimmed; empty values are no values). */
export type PageValues = Partial<Pick<ClientRecord, PageSourcedField>>;

export function pageValues(context: ClientContext): PageValues {
  const out: Record<string, unknown> = {};
  for (const field of PAGE_SOURCED_FIELDS) {
    const value = context[field];
    if (value === undefined || value === '') continue;
    out[field] = typeof value === 'string' ? value.trim() : value;
  }
  return out as PageValues;
}

/**
 * Page values fill empty fields and follow changes on the page, but a value the user corrected
 * (it differs from what a page last showed) is left alone, and so is a name the page writes with
 * fewer or other middle names or initials than the record.
 */
export function mergePageFields(client: ClientRecord, seen: PageValues): Partial<ClientRecord> {
  const patch: Record<string, unknown> = {};
  const seenOnPage: Record<string, unknown> = { ...client.seenOnPage };
  for (const field of PAGE_SOURCED_FIELDS) {
    const value = seen[field];
    if (value === undefined) continue;
    const current = client[field];
    const fromPage = client.seenOnPage?.[field];
    // A correction wins over later reads of the same page value, not over a new value the page shows.
    const follows = current === undefined || current === '' || (current !== value && (current === fromPage || value !== fromPage));
    const sameName = field === 'name' && current !== undefined && differsOnlyByMiddleNames(current as string, value as string);
    if (follows && !sameName) patch[field] = value;
    seenOnPage[field] = value;
  }
  patch.seenOnPage = seenOnPage;
  return patch as Partial<ClientRecord>;
}

/**
 * The chart link to keep for an identity: the tab's address when it is a page of the system, else
 * the frame's (a chart inside another site's frame), else none. Never another origin's page.
 */
export function chartUrlFor(system: string, tabUrl: string, frameUrl: string): string | undefined {
  return [tabUrl, frameUrl].find((url) => isChartUrlOf(system, url));
}

/** The identities after a visit to `system` showing `mrn`: where and when the client was seen. */
export function touchIdentity(
  identities: readonly ClientIdentity[],
  visit: { system: string; mrn: string; chartUrl: string | undefined; at: number },
): ClientIdentity[] {
  const mrn = normaliseMrn(visit.mrn);
  const out = identities.map((identity) => ({ ...identity }));
  // An MRN-less identity in this system is upgraded once the page shows an MRN.
  const hit =
    out.find((identity) => identity.system === visit.system && normaliseMrn(identity.mrn) === mrn) ??
    (mrn ? out.find((identity) => identity.system === visit.system && !identity.mrn) : undefined);
  const seen = { lastSeenAt: visit.at, ...(visit.chartUrl === undefined ? {} : { lastUrl: visit.chartUrl }) };
  if (hit) Object.assign(hit, { mrn: mrn || hit.mrn }, seen);
  else out.push({ system: visit.system, mrn, ...seen });
  return out;
}

/**
 * Whether a stored client is the one a page without an exact key (no MRN) shows: only inside this
 * same system, and only through an identity that never had an MRN (two MRNs in one system are two
 * people); then by name and date of birth, or with no DOB on either side, by the name alone.
 */
export function sameWithoutMrn(page: { system: string; name: string; dob?: string | undefined }): (client: ClientRecord) => boolean {
  const key = nameDobKey(page.name, page.dob);
  const name = normaliseNameForMatch(page.name);
  return (client) =>
    client.identities.some((identity) => identity.system === page.system && !identity.mrn) &&
    (key !== undefined ? nameDobKey(client.name, client.dob) === key : !client.dob && normaliseNameForMatch(client.name) === name);
}
