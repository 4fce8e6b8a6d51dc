/**
 * Scoring of reader output against a page's expected client: per field, per page, per group.
 * Pure (no DOM, no file system), so the unit tests, the Chromium e2e test and the bench share it.
 */

export const FIELDS = ['name', 'mrn', 'dob', 'sex', 'phone', 'admitDate', 'dischargeDate', 'location'] as const;
export type Field = (typeof FIELDS)[number];

export type Expected = { name: string } & Partial<Record<Exclude<Field, 'name'>, string>>;

/** What a page knows about its one client beyond the expected answer. */
export interface SameClient {
  /** Identifiers of this client that are not the expected record number (FIN, CSN, account, SSN…). */
  ids?: string[];
  /** Other names of this client (preferred, maiden): reading one is a wrong field, not a wrong client. */
  names?: string[];
}

export interface ScoredInput {
  id: string;
  family: string;
  split: string;
  kinds: string[];
  expected: Expected | null;
  sameClient?: SameClient;
  /** Other accepted spellings of a field (e.g. a location printed two ways on the page). */
  accept?: Partial<Record<Field, string[]>>;
}

/** A reader's answer, as it crossed a JSON boundary: never trusted to have the declared shape. */
export type Reading = Record<string, unknown> | null;

/**
 * right: as expected. wrong: another value. missing: expected but not read. spurious: read where
 * the page shows none for this client. absent: neither shown nor read (not counted).
 */
export type FieldOutcome = 'right' | 'wrong' | 'missing' | 'spurious' | 'absent';

export type Verdict = 'client' | 'null' | 'correct-null' | 'wrong-client' | 'error';

export interface PageScore {
  id: string;
  family: string;
  split: string;
  kinds: string[];
  negative: boolean;
  verdict: Verdict;
  fields: Record<Field, FieldOutcome>;
  /** Why a reading names someone else (empty unless verdict is wrong-client). */
  reasons: string[];
  reading: Reading;
  error?: string;
}

const TITLES = new Set(['mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'prof', 'rev', 'sir', 'dame']);
const SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv', 'md', 'phd', 'rn', 'esq', 'dds', 'np']);

/** Lower-case name tokens without accents, punctuation, titles or suffixes. */
export function nameTokens(name: string): string[] {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[.,;:()"“”]/g, ' ')
    .split(/\s+/)
    .filter((t) => t && !TITLES.has(t) && !SUFFIXES.has(t));
}

/** The same tokens in the same order: the name as expected, up to case, punctuation, titles and suffixes. */
export function nameRight(read: string, expected: string): boolean {
  const r = nameTokens(read);
  const e = nameTokens(expected);
  return r.length === e.length && r.every((t, i) => t === e[i]);
}

/** Label words a reader may leave in front of a name ("Legal: Jane DOE"): a wrong field, not someone else. */
const LABEL_WORDS = new Set(['legal', 'official', 'preferred', 'usual', 'patient', 'name', 'member', 'resident', 'client', 'full']);

const tokenMatches = (r: string, e: string) => r === e || (r.length === 1 && e.startsWith(r)) || (e.length === 1 && r.startsWith(e));

/**
 * Whether a name read could be this person: every token read is one of theirs (a middle name may be
 * dropped or shortened to an initial, the order may be wrong, a label word may be left in front),
 * and both the first and the family name are there. "John Doe" on Jane Doe's chart is someone else,
 * and so is a garbled "Jane DOEDate of" (nobody has that name); "Doe Jane M" is a wrong field.
 */
export function samePersonName(read: string, expected: string): boolean {
  const r = nameTokens(read).filter((t) => !LABEL_WORDS.has(t));
  const e = nameTokens(expected);
  if (r.length === 0 || e.length === 0) return false;
  if (e.length === 1) return r.length === 1 && r[0] === e[0];
  const used = new Set<number>();
  for (const token of r) {
    const i = e.findIndex((t, k) => !used.has(k) && tokenMatches(token, t));
    if (i < 0) return false;
    used.add(i);
  }
  const family = e.length - 1;
  const familyRead = r.includes(e[family] as string);
  return familyRead && used.has(0);
}

const cleanId = (s: string) => s.trim().replace(/^[#:]\s*/, '').toLowerCase();
const idTokens = (s: string) => cleanId(s).split(/[\s()[\],;]+/).filter(Boolean);

function idRight(read: string, expected: string): boolean {
  return cleanId(read) === cleanId(expected);
}

/** An identifier read belongs to this client when it is, or plainly contains, one of theirs. */
function idOfThisClient(read: string, expected: string | undefined, same: SameClient | undefined): boolean {
  const own = [expected, ...(same?.ids ?? [])].filter((x): x is string => !!x).map(cleanId);
  const tokens = idTokens(read);
  return own.some((id) => cleanId(read) === id || tokens.includes(id));
}

function sexKey(s: string): string {
  const k = s.toLowerCase().replace(/[^a-z]/g, '');
  if (['f', 'female', 'woman'].includes(k)) return 'f';
  if (['m', 'male', 'man'].includes(k)) return 'm';
  if (['x', 'nonbinary', 'other'].includes(k)) return 'x';
  if (['u', 'unknown'].includes(k)) return 'u';
  return k;
}

function phoneKey(s: string): string {
  const digits = s.replace(/\D/g, '');
  return digits.length === 11 && digits.startsWith('1') ? digits.slice(1) : digits;
}

const textKey = (s: string) => s.toLowerCase().replace(/[^a-z0-9]/g, '');

function fieldRight(field: Field, read: string, want: string): boolean {
  switch (field) {
    case 'name':
      return nameRight(read, want);
    case 'mrn':
      return idRight(read, want);
    case 'sex':
      return sexKey(read) === sexKey(want);
    case 'phone':
      return phoneKey(read) === phoneKey(want);
    case 'location':
      return textKey(read) === textKey(want);
    default:
      return read.trim() === want;
  }
}

const asText = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() !== '' ? v : undefined);

function emptyFields(outcome: FieldOutcome): Record<Field, FieldOutcome> {
  return Object.fromEntries(FIELDS.map((f) => [f, outcome])) as Record<Field, FieldOutcome>;
}

/** Reasons a reading names another person than `page.expected` (none: the right client, maybe incomplete). */
export function wrongClientReasons(page: Pick<ScoredInput, 'expected' | 'sameClient'>, reading: NonNullable<Reading>): string[] {
  const expected = page.expected;
  const name = asText(reading.name);
  if (!expected) return [`read "${name ?? '?'}" on a page that shows no single client`];
  const reasons: string[] = [];
  const names = [expected.name, ...(page.sameClient?.names ?? [])];
  if (name !== undefined && !names.some((n) => samePersonName(name, n))) reasons.push(`name "${name}" is not ${expected.name}`);
  const mrn = asText(reading.mrn);
  if (mrn !== undefined && !idOfThisClient(mrn, expected.mrn, page.sameClient)) {
    reasons.push(`record number "${mrn}" is not ${expected.mrn ?? 'shown for this client'}`);
  }
  const dob = asText(reading.dob);
  if (dob !== undefined && dob !== expected.dob) reasons.push(`date of birth ${dob} is not ${expected.dob ?? 'shown for this client'}`);
  return reasons;
}

export function scorePage(page: ScoredInput, reading: Reading, error?: string): PageScore {
  const base = { id: page.id, family: page.family, split: page.split, kinds: page.kinds, negative: page.expected === null, reading };
  if (error !== undefined) {
    return { ...base, verdict: 'error', fields: emptyFields(page.expected ? 'missing' : 'absent'), reasons: [], error };
  }
  if (page.expected === null) {
    if (reading === null) return { ...base, verdict: 'correct-null', fields: emptyFields('absent'), reasons: [] };
    return { ...base, verdict: 'wrong-client', fields: emptyFields('spurious'), reasons: wrongClientReasons(page, reading) };
  }
  const expected = page.expected;
  const fields = {} as Record<Field, FieldOutcome>;
  for (const field of FIELDS) {
    const want = expected[field];
    const read = reading ? asText(reading[field]) : undefined;
    if (want === undefined) fields[field] = read === undefined ? 'absent' : 'spurious';
    else if (read === undefined) fields[field] = 'missing';
    else {
      const accepted = [want, ...(page.accept?.[field] ?? [])];
      fields[field] = accepted.some((w) => fieldRight(field, read, w)) ? 'right' : 'wrong';
    }
  }
  if (reading === null) return { ...base, verdict: 'null', fields, reasons: [] };
  const reasons = wrongClientReasons(page, reading);
  return { ...base, verdict: reasons.length ? 'wrong-client' : 'client', fields, reasons };
}

export interface FieldTally {
  expected: number;
  right: number;
  wrong: number;
  missing: number;
  spurious: number;
}

export interface GroupTally {
  group: string;
  pages: number;
  negatives: number;
  /** Single-client pages where the right client was read (fields may still be wrong or missing). */
  rightClient: number;
  /** Single-client pages where every expected field is right and nothing spurious was read. */
  complete: number;
  nulls: number;
  correctNulls: number;
  wrongClients: number;
  errors: number;
  fields: Record<Field, FieldTally>;
}

function emptyTally(group: string): GroupTally {
  const fields = Object.fromEntries(FIELDS.map((f) => [f, { expected: 0, right: 0, wrong: 0, missing: 0, spurious: 0 }])) as Record<Field, FieldTally>;
  return { group, pages: 0, negatives: 0, rightClient: 0, complete: 0, nulls: 0, correctNulls: 0, wrongClients: 0, errors: 0, fields };
}

export function tally(group: string, scores: PageScore[]): GroupTally {
  const t = emptyTally(group);
  for (const s of scores) {
    t.pages++;
    if (s.negative) t.negatives++;
    if (s.verdict === 'null') t.nulls++;
    if (s.verdict === 'correct-null') t.correctNulls++;
    if (s.verdict === 'wrong-client') t.wrongClients++;
    if (s.verdict === 'error') t.errors++;
    if (s.verdict === 'client') {
      t.rightClient++;
      if (FIELDS.every((f) => s.fields[f] === 'right' || s.fields[f] === 'absent')) t.complete++;
    }
    if (s.negative) continue;
    for (const f of FIELDS) {
      const o = s.fields[f];
      const ft = t.fields[f];
      if (o === 'absent') continue;
      if (o === 'spurious') ft.spurious++;
      else {
        ft.expected++;
        ft[o]++;
      }
    }
  }
  return t;
}

/** Whole corpus, each split, each family, each failure kind. */
export function groupScores(scores: PageScore[]): GroupTally[] {
  const groups = new Map<string, PageScore[]>();
  const add = (key: string, s: PageScore) => groups.set(key, [...(groups.get(key) ?? []), s]);
  for (const s of scores) {
    add('all', s);
    add(`split:${s.split}`, s);
    add(`family:${s.family}`, s);
    for (const k of s.kinds) add(`kind:${k}`, s);
  }
  const order = (key: string) => ['all', 'split', 'family', 'kind'].indexOf(key.split(':')[0] as string);
  return [...groups.entries()]
    .sort(([a], [b]) => order(a) - order(b) || a.localeCompare(b))
    .map(([key, list]) => tally(key, list));
}

export function fieldsRight(t: GroupTally): { right: number; expected: number } {
  return FIELDS.reduce((acc, f) => ({ right: acc.right + t.fields[f].right, expected: acc.expected + t.fields[f].expected }), { right: 0, expected: 0 });
}

const pct = (n: number, d: number) => (d === 0 ? '   –' : `${((100 * n) / d).toFixed(0).padStart(3)}%`);

/** Printable lines: the per-field table for the whole corpus, then one line per group, then every wrong client. */
export function formatReport(title: string, scores: PageScore[]): string[] {
  const groups = groupScores(scores);
  const all = groups[0] ?? emptyTally('all');
  const lines = [`${title}: ${all.pages - all.negatives} single-client pages, ${all.negatives} negative pages`];
  lines.push(`  ${'field'.padEnd(14)} ${'right'.padStart(9)} ${'wrong'.padStart(6)} ${'missing'.padStart(8)} ${'spurious'.padStart(9)}`);
  for (const f of FIELDS) {
    const ft = all.fields[f];
    lines.push(`  ${f.padEnd(14)} ${`${ft.right}/${ft.expected}`.padStart(9)} ${String(ft.wrong).padStart(6)} ${String(ft.missing).padStart(8)} ${String(ft.spurious).padStart(9)}   ${pct(ft.right, ft.expected)}`);
  }
  const fr = fieldsRight(all);
  lines.push(`  ${'all fields'.padEnd(14)} ${`${fr.right}/${fr.expected}`.padStart(9)}   ${pct(fr.right, fr.expected)}`);
  lines.push('');
  lines.push(`  ${'group'.padEnd(30)} ${'pages'.padStart(5)} ${'fields right'.padStart(14)} ${'right client'.padStart(13)} ${'complete'.padStart(9)} ${'null'.padStart(5)} ${'neg ok'.padStart(7)} ${'WRONG'.padStart(6)}`);
  for (const g of groups) {
    const gr = fieldsRight(g);
    const singles = g.pages - g.negatives;
    lines.push(
      `  ${g.group.padEnd(30)} ${String(g.pages).padStart(5)} ${`${gr.right}/${gr.expected} ${pct(gr.right, gr.expected)}`.padStart(14)} ` +
        `${`${g.rightClient}/${singles}`.padStart(13)} ${String(g.complete).padStart(9)} ${String(g.nulls).padStart(5)} ` +
        `${`${g.correctNulls}/${g.negatives}`.padStart(7)} ${String(g.wrongClients).padStart(6)}${g.errors ? `  errors ${g.errors}` : ''}`,
    );
  }
  const wrong = scores.filter((s) => s.verdict === 'wrong-client' || s.verdict === 'error');
  lines.push('');
  lines.push(`  wrong clients: ${scores.filter((s) => s.verdict === 'wrong-client').length}`);
  for (const s of wrong) lines.push(`    ${s.id}: ${s.verdict === 'error' ? `error ${s.error}` : s.reasons.join('; ')}`);
  return lines;
}

/**
 * One line per tuning page: what was read and which fields were wrong, missing or spurious (for
 * CORPUS_VERBOSE). Held-out pages only as one total per family, so nobody tunes to them by accident.
 */
export function formatPages(scores: PageScore[]): string[] {
  const lines = scores.filter((s) => s.split !== 'held-out').map((s) => {
    const off = FIELDS.filter((f) => s.fields[f] !== 'right' && s.fields[f] !== 'absent').map((f) => `${f}:${s.fields[f]}`);
    const what = s.reading ? `${String(s.reading.name)} / ${String(s.reading.mrn ?? '-')} / ${String(s.reading.dob ?? '-')}` : 'null';
    return `    ${s.verdict.padEnd(12)} ${s.id.padEnd(44)} ${what}${off.length ? `   [${off.join(' ')}]` : ''}`;
  });
  const heldOut = [...new Set(scores.filter((s) => s.split === 'held-out').map((s) => s.family))];
  for (const family of heldOut) {
    const fr = fieldsRight(tally(family, scores.filter((s) => s.family === family)));
    lines.push(`    held-out     ${family.padEnd(44)} ${fr.right}/${fr.expected} fields (per page detail not printed)`);
  }
  return lines;
}

/** The generator's measure: the generated client read with the name, MRN and DOB the page shows. */
export function readRight(s: PageScore): boolean {
  return s.verdict === 'client' && (['name', 'mrn', 'dob'] as const).every((f) => s.fields[f] === 'right' || s.fields[f] === 'absent');
}
