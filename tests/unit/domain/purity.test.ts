import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { describe, expect, it } from 'vitest';

// DESIGN.md: domain imports nothing from the rest, uses no extension API and never reads the clock.
// Well-kept calendar libraries are the exception: they are pure too, and better than our own.
// Subfolders group the rules by concern; an import may cross them, or reach down to the model
// (the ground floor, with its schema library), and go nowhere else.
const ALLOWED_PACKAGES = ['@18f/us-federal-holidays', 'valibot', '@medplum/fhirtypes' /* FHIR R4 types, no code */];
const DIR = join(__dirname, '../../../src/domain');
const files = readdirSync(DIR, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'));

describe('src/domain stays pure', () => {
  it.each(files)('%s', (file) => {
    const src = readFileSync(join(DIR, file), 'utf8');
    const imports = [...src.matchAll(/from\s+['"]([^'"]+)['"]/g)].map((m) => m[1]);
    for (const spec of imports.filter((spec) => !ALLOWED_PACKAGES.includes(spec as string))) {
      expect(spec, `${file} imports ${spec}`).toMatch(/^\.{1,2}\//);
      const target = relative(DIR, resolve(dirname(join(DIR, file)), spec as string));
      const inModel = target.startsWith(`..${sep}model${sep}`);
      expect(!target.startsWith('..') || inModel, `${file} imports ${spec}, outside src/domain and src/model`).toBe(true);
    }
    expect(src).not.toMatch(/\bDate\.now\s*\(|\bperformance\.now\s*\(|\bchrome\.|\bbrowser\.|new Date\(\s*\)/);
  });
});
