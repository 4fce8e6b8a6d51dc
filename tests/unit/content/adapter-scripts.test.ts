import { afterAll, beforeAll, expect, test } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { adapterSlots } from '../../../src/content/adapters/scope';
import { partSlots } from '../../../src/content/parts/scope';
import { ADAPTER_KIT } from '../../../src/context/adapters/kit';
import { adapterById } from '../../../src/context/adapters/index';
import { extractClientContext } from '../../../src/context/extract';
import { readClientContext } from '../../../src/context/read';
import { readStructured } from '../../../src/context/generic/structured';
import { BUILT_IN_SHAPES } from '../../../src/context/shapes';

/**
 * Each adapter script (src/content/adapters/<id>.ts) registers, under its file's id, that adapter's
 * rules: on every page of the adapter's fixtures it reads exactly what the whole adapter reads, with
 * the helpers the reader part lends, and without them it reads nothing.
 */
const SCRIPTS = readdirSync('src/content/adapters')
  .filter((f) => f !== 'register.ts' && f !== 'scope.ts')
  .map((f) => f.slice(0, -'.ts'.length));
const FIXTURES = 'tests/fixtures';

const page = (folder: string, name: string) => {
  const html = readFileSync(join(FIXTURES, folder, `${name}.html`), 'utf8').replace(/<link\b[^>]*>/gi, '');
  const fixture = JSON.parse(readFileSync(join(FIXTURES, folder, `${name}.json`), 'utf8')) as { url: string; dateOrder?: 'MDY' | 'DMY'; today?: string };
  return { doc: new DOMParser().parseFromString(html, 'text/html'), fixture };
};

beforeAll(async () => {
  for (const id of SCRIPTS) await import(`../../../src/content/adapters/${id}.ts`);
});
afterAll(() => {
  for (const id of Object.keys(adapterSlots())) delete adapterSlots()[id];
  delete partSlots().kit;
});

test('every adapter script registers under its own id, and only that', () => {
  expect(SCRIPTS.length).toBeGreaterThanOrEqual(9);
  expect(Object.keys(adapterSlots()).sort()).toEqual([...SCRIPTS].sort());
  for (const id of SCRIPTS) expect(adapterById(id)?.id, id).toBe(id);
});

const cases = SCRIPTS.flatMap((id) =>
  readdirSync(join(FIXTURES, id))
    .filter((f) => f.endsWith('.html'))
    .map((f) => [id, f.slice(0, -'.html'.length)] as const),
);

test.each(cases)('%s/%s: the script reads what the whole adapter reads', async (id, name) => {
  const { doc, fixture } = page(id, name);
  const options = { dateOrder: fixture.dateOrder, today: fixture.today };
  const parts = { structured: readStructured, shapes: BUILT_IN_SHAPES };
  const reader = adapterSlots()[id]!;
  delete partSlots().kit;
  expect(await readClientContext(doc, fixture.url, reader, parts, options)).toBeNull();
  partSlots().kit = ADAPTER_KIT;
  const script = await readClientContext(doc, fixture.url, reader, parts, options);
  expect(script).toEqual(await extractClientContext(doc, fixture.url, options));
  if (script) expect(script.source).toBe(id);
});
