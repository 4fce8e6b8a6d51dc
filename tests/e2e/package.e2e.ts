import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateRawSync } from 'node:zlib';

/**
 * `npm run package` (scripts/package.mjs) makes what the stores need: the Chrome and Firefox zips
 * of the builds and a source archive for the addons.mozilla.org reviewer (BUILD.md). Runs after
 * `npm run build`, so it packages the dist/ folders as they are (--no-build).
 */
const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
let out: string;
let result: ReturnType<typeof spawnSync>;

/** The files of a zip, by name (stored or deflated entries: what web-ext and git archive write). */
function unzip(path: string): Map<string, Buffer> {
  const zip = readFileSync(path);
  const files = new Map<string, Buffer>();
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  let at = zip.readUInt32LE(end + 16);
  const count = zip.readUInt16LE(end + 10);
  for (let i = 0; i < count; i++) {
    const method = zip.readUInt16LE(at + 10);
    const size = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const extra = zip.readUInt16LE(at + 30);
    const comment = zip.readUInt16LE(at + 32);
    const local = zip.readUInt32LE(at + 42);
    const name = zip.toString('utf8', at + 46, at + 46 + nameLength);
    const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const data = zip.subarray(start, start + size);
    files.set(name, method === 8 ? inflateRawSync(data) : Buffer.from(data));
    at += 46 + nameLength + extra + comment;
  }
  return files;
}

beforeAll(() => {
  out = mkdtempSync(join(tmpdir(), 'rapport-package-'));
  result = spawnSync('node', ['scripts/package.mjs', '--no-build', '--artifacts-dir', out], { encoding: 'utf8' });
}, 120_000);
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('npm run package', () => {
  test('succeeds and writes the three archives', () => {
    expect(result.status, `${result.stdout}\n${result.stderr}`).toBe(0);
    for (const name of [`rapport-chrome-${version}.zip`, `rapport-firefox-${version}.zip`, `rapport-source-${version}.zip`]) {
      expect(existsSync(join(out, name)), name).toBe(true);
    }
  });

  test('the Firefox zip is the Firefox build, with its gecko id', () => {
    const files = unzip(join(out, `rapport-firefox-${version}.zip`));
    const manifest = JSON.parse(files.get('manifest.json')!.toString('utf8'));
    expect(manifest.browser_specific_settings.gecko.id).toBe('rapport@rapport.care');
    expect(manifest.browser_specific_settings.gecko.data_collection_permissions).toEqual({ required: ['none'] });
    expect(manifest.sidebar_action.default_panel).toBe('src/sidepanel/index.html');
    expect(manifest.version).toBe(version);
  });

  test('the Chrome zip is the Chrome store build (no demo origins)', () => {
    const files = unzip(join(out, `rapport-chrome-${version}.zip`));
    const manifest = JSON.parse(files.get('manifest.json')!.toString('utf8'));
    expect(manifest.background.service_worker).toBeDefined();
    expect(manifest.browser_specific_settings).toBeUndefined();
    expect(manifest.content_scripts).toBeUndefined();
    expect(manifest.host_permissions).toBeUndefined();
    expect(manifest.permissions).toContain('unlimitedStorage');
  });

  test('the source archive holds what a reviewer needs to rebuild', () => {
    const names = [...unzip(join(out, `rapport-source-${version}.zip`)).keys()].map((name) => name.replace(/^[^/]+\//, ''));
    for (const needed of ['package.json', 'package-lock.json', 'vite.config.ts', 'manifest.json', 'scripts/build.mjs', 'src/background/index.ts']) {
      expect(names).toContain(needed);
    }
    // BUILD.md goes in once committed (the archive is HEAD).
    const tracked = spawnSync('git', ['ls-files', '--error-unmatch', 'BUILD.md']).status === 0;
    if (tracked) expect(names).toContain('BUILD.md');
    expect(names.some((name) => name.startsWith('node_modules/') || name.startsWith('dist/'))).toBe(false);
  });
});
