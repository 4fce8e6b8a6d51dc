/** The hand-written corpus on disk: tests/corpus/pages/<family>/<name>.html + <name>.json. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { FIELDS, type Expected, type SameClient, type ScoredInput, type Field } from './score';

export const PAGES_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../pages');

export const SPLITS = ['tuning', 'held-out'] as const;
export type Split = (typeof SPLITS)[number];

/** The failure kinds of issue 9 a page exercises (README.md lists what each means). */
export const KINDS = [
  'unlabelled-banner',
  'identifier-labels',
  'document-names',
  'admission-discharge',
  'app-state',
  'hashed-classes',
  'cda',
  'fhir-narrative',
  'crm',
  'negative',
] as const;

export interface FamilyInfo {
  split: Split;
  /** What real product or layout the family is modelled on, and from which public material. */
  modelledOn: string;
}

export interface CorpusPage extends ScoredInput {
  url: string;
  html: string;
  /** One line on what the page shows and why it is hard. */
  about: string;
}

interface PageJson {
  url: string;
  about: string;
  kinds: string[];
  expected: Expected | null;
  sameClient?: SameClient;
  accept?: Partial<Record<Field, string[]>>;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Every problem with a page's answer file, so a typo fails loudly instead of skewing the score. */
export function checkPageJson(id: string, json: unknown): string[] {
  const problems: string[] = [];
  const j = json as Partial<PageJson>;
  if (typeof j.url !== 'string' || !/^https?:\/\//.test(j.url)) problems.push(`${id}: url must be http(s)`);
  if (typeof j.about !== 'string' || j.about.length < 10) problems.push(`${id}: about is missing`);
  if (!Array.isArray(j.kinds) || j.kinds.length === 0) problems.push(`${id}: kinds is missing`);
  for (const k of j.kinds ?? []) if (!(KINDS as readonly string[]).includes(k)) problems.push(`${id}: unknown kind ${k}`);
  if (!('expected' in j)) problems.push(`${id}: expected is missing`);
  const e = j.expected;
  if (e === null) {
    if (!j.kinds?.includes('negative')) problems.push(`${id}: a negative page has kind "negative"`);
  } else if (e) {
    if (typeof e.name !== 'string' || !e.name.trim()) problems.push(`${id}: expected.name is missing`);
    for (const key of Object.keys(e)) if (!(FIELDS as readonly string[]).includes(key)) problems.push(`${id}: unknown field ${key}`);
    for (const key of ['dob', 'admitDate', 'dischargeDate'] as const) {
      const v = e[key];
      if (v !== undefined && !DATE.test(v)) problems.push(`${id}: ${key} must be YYYY-MM-DD`);
    }
    if (j.kinds?.includes('negative')) problems.push(`${id}: a single-client page is not "negative"`);
  }
  return problems;
}

export function loadFamilies(): Record<string, FamilyInfo> {
  return JSON.parse(readFileSync(path.join(PAGES_DIR, 'families.json'), 'utf8')) as Record<string, FamilyInfo>;
}

export function loadCorpus(): CorpusPage[] {
  const families = loadFamilies();
  const folders = readdirSync(PAGES_DIR, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();
  const problems: string[] = [];
  const pages: CorpusPage[] = [];
  for (const family of folders) {
    const info = families[family];
    if (!info) {
      problems.push(`${family}: not in families.json`);
      continue;
    }
    const names = readdirSync(path.join(PAGES_DIR, family))
      .filter((f) => f.endsWith('.html'))
      .map((f) => f.slice(0, -'.html'.length))
      .sort();
    for (const name of names) {
      const id = `${family}/${name}`;
      const json = JSON.parse(readFileSync(path.join(PAGES_DIR, family, `${name}.json`), 'utf8')) as PageJson;
      problems.push(...checkPageJson(id, json));
      pages.push({
        id,
        family,
        split: info.split,
        kinds: json.kinds,
        url: json.url,
        about: json.about,
        expected: json.expected,
        sameClient: json.sameClient,
        accept: json.accept,
        html: readFileSync(path.join(PAGES_DIR, family, `${name}.html`), 'utf8'),
      });
    }
  }
  if (problems.length) throw new Error(`corpus problems:\n${problems.join('\n')}`);
  return pages;
}
