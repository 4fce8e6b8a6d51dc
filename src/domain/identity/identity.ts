/**
 * Identity rules. A client is (system, MRN); the same MRN in two systems is two people. A match on
 * name + date of birth only ever proposes a merge for the user to confirm.
 */

export interface IdentityLike {
  system: string;
  mrn: string;
}

export interface MergeCandidateLike {
  id: string;
  name: string;
  dob?: string;
  identities: readonly IdentityLike[];
}

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
export function proposeMerges<C extends MergeCandidateLike>(candidate: MergeCandidateLike, others: readonly C[]): C[] {
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
