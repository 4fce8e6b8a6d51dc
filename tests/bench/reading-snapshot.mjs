// Every reading the reader gives on the corpus, the fixtures and a generated sample, in happy-dom, in
// full (fields, provenance, confidence), one line per page: a refactor of the reader that is meant to
// change nothing diffs two runs. `node tests/bench/reading-snapshot.mjs > before.txt`.
// Held-out pages (corpus and generator) print no reading: only one digest line per held-out family, so a
// diff says a family's readings moved without showing anyone what they are (and nobody tunes to them).
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runnerImport } from 'vite';
import { builtinEnvironments } from 'vitest/runtime';

const perFamily = Number(process.env.SNAPSHOT_GENERATED ?? 20);
const environment = await builtinEnvironments['happy-dom'].setup(globalThis, {});
try {
  const load = async (path) => (await runnerImport(path)).module;
  const { extractClientContext } = await load('./src/context/extract.ts');
  const { readInHappyDom } = await load('./tests/corpus/harness/happy-dom.ts');
  const { loadCorpus } = await load('./tests/corpus/harness/corpus.ts');
  const { generatedSample } = await load('./tests/corpus/generator/sample.ts');
  const source = (origin) => (p) => ({ id: p.id, html: p.html, url: p.url, options: {}, heldOut: p.split === 'held-out' ? `${origin} ${p.family}` : undefined });
  const pages = [...loadCorpus().map(source('corpus')), ...generatedSample(perFamily).map(source('generated'))];
  for (const folder of readdirSync('tests/fixtures', { withFileTypes: true }).filter((d) => d.isDirectory() && d.name !== 'src')) {
    for (const file of readdirSync(join('tests/fixtures', folder.name)).filter((f) => f.endsWith('.html'))) {
      const fixture = JSON.parse(readFileSync(join('tests/fixtures', folder.name, file.replace(/\.html$/, '.json')), 'utf8'));
      const html = readFileSync(join('tests/fixtures', folder.name, file), 'utf8').replace(/<link\b[^>]*>/gi, '');
      pages.push({ id: `fixture:${folder.name}/${file}`, html, url: fixture.url, options: { dateOrder: fixture.dateOrder, today: fixture.today } });
    }
  }
  const heldOut = new Map();
  for (const page of pages) {
    const { reading, error } = await readInHappyDom(page.html, page.url, (doc, url) => extractClientContext(doc, url, page.options));
    const line = `${page.id}\t${error ?? JSON.stringify(reading)}`;
    if (page.heldOut === undefined) console.log(line);
    else heldOut.set(page.heldOut, (heldOut.get(page.heldOut) ?? createHash('sha256')).update(`${line}\n`));
  }
  for (const [family, hash] of heldOut) console.log(`held-out ${family}\t${hash.digest('hex').slice(0, 16)}`);
} finally {
  await environment.teardown(globalThis);
}
