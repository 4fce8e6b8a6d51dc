import type { ClientIdentity, ClientRecord } from '../../model/records';

/**
 * Identity rules. A client is (system, MRN); the same MRN in two systems is two people. A match on
 * name + date of birth only ever proposes a merge for the user to confirm.
 */

/** What a merge proposal compares: who, born when, known in which systems. */
export type MergeCandidate = Pick<ClientRecord, 'id' | 'name' | 'dob'> & { identities: readonly Pick<ClientIdentity, 'system' | 'mrn'>[] };

/** MRNs are copied by hand and read from varied markup: ignore case and stray spaces. */
export function normaliseMrn(mrn: string): string {
  return mrn.trim().replace(/\s+/g, '').toUpperCase();
}

export function identityKey(system: string, mrn: string): string {
  return `${system}|${normaliseMrn(mrn)}`;
}

/**
 * Lower-case, no diacritics, no punctuation, tokens sorted: "DOE, Jane" and "Jane Doe" and
 * "jane  doé" all agree. Sorting loses token order on purpose; the DOB carries the rest of the match.
 */
export function normaliseNameForMatch(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .split(' ')
    .filter(Boolean)
    .sort()
    .join(' ');
}

/** Undefined without a DOB: a name alone is far too common to suggest anything. */
export function nameDobKey(name: string, dob?: string): string | undefined {
  if (!dob) return undefined;
  const n = normaliseNameForMatch(name);
  if (!n) return undefined;
  return `${n}|${dob}`;
}

/**
 * Other clients that may be the same person: same name + DOB, and no system in common (two records
 * in one system with different MRNs are two people the system itself tells apart).
 */
export function proposeMerges<C extends MergeCandidate>(candidate: MergeCandidate, others: readonly C[]): C[] {
  const key = nameDobKey(candidate.name, candidate.dob);
  if (key === undefined) return [];
  const systems = new Set(candidate.identities.map((i) => i.system));
  return others.filter(
    (o) =>
      o.id !== candidate.id &&
      nameDobKey(o.name, o.dob) === key &&
      !o.identities.some((i) => systems.has(i.system)),
  );
}

/** The name as the search index holds it: trimmed, single-spaced, lower case. */
export function searchNameOf(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLowerCase();
}

/** `system|MRN` for each identity that has an MRN: one without (a page that shows none) must not collide. */
export function identityKeysOf(identities: readonly Pick<ClientIdentity, 'system' | 'mrn'>[]): string[] {
  return [...new Set(identities.filter((i) => i.mrn).map((i) => identityKey(i.system, i.mrn)))];
}

/** The client's look-up keys, derived from name, DOB and identities on every write so indexes stay true. */
export function clientKeys(client: Pick<ClientRecord, 'name' | 'dob' | 'identities'>): Pick<ClientRecord, 'searchName' | 'nameDobKey' | 'identityKeys'> {
  return { searchName: searchNameOf(client.name), nameDobKey: nameDobKey(client.name, client.dob), identityKeys: identityKeysOf(client.identities) };
}

/** Whether a client's name contains every query word, or one of their MRNs contains the query. */
export function clientMatcher(query: string): (client: Pick<ClientRecord, 'name' | 'identities'>) => boolean {
  const words = normaliseNameForMatch(searchNameOf(query)).split(' ').filter(Boolean);
  // Punctuation in MRNs varies between screens ("AT-1912", "AT 1912"): compare letters and digits.
  const bare = (s: string) => s.toUpperCase().replace(/[^\p{L}\p{N}]+/gu, '');
  const mrnQuery = bare(query);
  return (client) => {
    const name = normaliseNameForMatch(client.name);
    const byName = words.length > 0 && words.every((w) => name.includes(w));
    const byMrn = mrnQuery.length > 0 && client.identities.some((i) => i.mrn && bare(i.mrn).includes(mrnQuery));
    return byName || byMrn;
  };
}
