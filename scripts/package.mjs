// `npm run package`: what a store upload needs, in artifacts/:
//   rapport-chrome-<version>.zip   the Chrome Web Store package (dist/chrome)
//   rapport-firefox-<version>.zip  the addons.mozilla.org package (dist/firefox)
//   rapport-source-<version>.zip   the source at HEAD (`git archive`), for the AMO reviewer (BUILD.md)
// Options: --no-build (package the dist/ folders as they are), --artifacts-dir DIR.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const index = args.indexOf(name);
  return index >= 0 ? args[index + 1] : fallback;
};
const outDir = resolve(option('--artifacts-dir', 'artifacts'));
const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
const manifestVersion = JSON.parse(readFileSync('manifest.json', 'utf8')).version;
if (version !== manifestVersion) {
  console.error(`package.json version ${version} differs from manifest.json version ${manifestVersion}`);
  process.exit(1);
}

function run(command, commandArgs) {
  const result = spawnSync(command, commandArgs, { stdio: ['ignore', 'inherit', 'inherit'] });
  if (result.status !== 0) {
    console.error(`✗ ${command} ${commandArgs.join(' ')} (exit ${result.status})`);
    process.exit(1);
  }
}

if (!args.includes('--no-build')) {
  const { buildTargets } = await import('./build.mjs');
  await buildTargets(['chrome', 'firefox'], { quiet: true });
}

mkdirSync(outDir, { recursive: true });
const webExt = resolve('node_modules/.bin/web-ext');
const packages = [];
for (const target of ['chrome', 'firefox']) {
  const sourceDir = join('dist', target);
  if (!existsSync(join(sourceDir, 'manifest.json'))) {
    console.error(`✗ ${sourceDir} is not built: run npm run build (or drop --no-build)`);
    process.exit(1);
  }
  const filename = `rapport-${target}-${version}.zip`;
  rmSync(join(outDir, filename), { force: true });
  run(webExt, ['build', '--source-dir', sourceDir, '--artifacts-dir', outDir, '--filename', filename, '--overwrite-dest', '--no-config-discovery']);
  packages.push(join(outDir, filename));
}

const source = join(outDir, `rapport-source-${version}.zip`);
rmSync(source, { force: true });
run('git', ['archive', '--format=zip', `--prefix=rapport-${version}/`, '-o', source, 'HEAD']);
packages.push(source);

const dirty = spawnSync('git', ['status', '--porcelain', '--untracked-files=no'], { encoding: 'utf8' }).stdout.trim();
if (dirty) console.warn('! the working tree has uncommitted changes: the source archive is HEAD, the zips are the working tree');
for (const file of packages) console.log(`packaged ${file}`);
