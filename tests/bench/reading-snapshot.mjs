// Every reading the reader gives on the corpus, the fixtures and a generated sample, in happy-dom, in
// full (fields, provenance, confidence), one line per page: a refactor of the reader that is meant to
// change nothing diffs two runs. `node tests/bench/reading-snapshot.mjs > before.txt`.
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
  const pages = [...loadCorpus(), ...generatedSample(perFamily)].map((p) => ({ id: p.id, html: p.html, url: p.url, options: {} }));
  for (const folder of readdirSync('tests/fixtures', { withFileTypes: true }).filter((d) => d.isDirectory() && d.name !== 'src')) {
    for (const file of readdirSync(join('tests/fixtures', folder.name)).filter((f) => f.endsWith('.html'))) {
      const fixture = JSON.parse(readFileSync(join('tests/fixtures', folder.name, file.replace(/\.html$/, '.json')), 'utf8'));
      const html = readFileSync(join('tests/fixtures', folder.name, file), 'utf8').replace(/<link\b[^>]*>/gi, '');
      pages.push({ id: `fixture:${folder.name}/${file}`, html, url: fixture.url, options: { dateOrder: fixture.dateOrder, today: fixture.today } });
    }
  }
  for (const page of pages) {
    const { reading, error } = await readInHappyDom(page.html, page.url, (doc, url) => extractClientContext(doc, url, page.options));
    console.log(`${page.id}\t${error ?? JSON.stringify(reading)}`);
  }
} finally {
  await environment.teardown(globalThis);
}
