import { build } from 'vite';
import { writeFileSync } from 'node:fs';
const cwd = process.cwd() + '/';
const s = (id) => id.replace(cwd, '');
const out = { chunks: [], importers: {} };
await build({ mode: 'chrome', logLevel: 'silent', configFile: 'vite.config.ts', build: { outDir: '/tmp/weight/dist', emptyOutDir: true },
  plugins: [{ name: 'an', generateBundle(_, bundle) {
    for (const [f, c] of Object.entries(bundle)) {
      if (c.type !== 'chunk') continue;
      out.chunks.push({ f, imports: c.imports, dyn: c.dynamicImports, mods: Object.entries(c.modules).map(([id, m]) => [m.renderedLength, s(id)]).filter(m=>m[0]>0).sort((a,b)=>b[0]-a[0]) });
    }
    for (const id of this.getModuleIds()) { const i = this.getModuleInfo(id); out.importers[s(id)] = { st: i.importers.map(s), dyn: i.dynamicImporters.map(s) }; }
  } }] });
writeFileSync('/tmp/weight/graph.json', JSON.stringify(out));
