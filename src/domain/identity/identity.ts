import type { ClientIdentity, ClientRecord } from '../../model/records';
import { nameDobKey, normaliseNameForMatch } from './merges';

/**
 * Identity rules. A client is (system, MRN); the same MRN in two systems is two people. A match on
 * name + date of birth only ever proposes a merge for the user to confirm.
 */

/** The merge rules live apart (a first screen proposes merges and derives no keys); every reader finds them here too. */
export { nameDobKey, normaliseNameForMatch, proposeMerges, type MergeCandidate } from './merges';

/** MRNs are copied by hand and read from varied markup: ignore case and stray spaces. */
export function normaliseMrn(mrn: string): string {
  return mrn.trim().replace(/\s+/g, '').toUpperCase();
}

export function identityKey(system: string, mrn: string): string {
  return `${system}|${normaliseMrn(mrn)}`;
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
