import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { build } from 'vite';

const LIB = 'src/content/shared-lib.ts';

/** Resolved module path → its key in the reader part's shared lib (the module's file name), from that file's imports. */
export function sharedModules(root) {
  const text = readFileSync(resolve(root, LIB), 'utf8');
  const dir = resolve(root, 'src/content');
  return new Map([...text.matchAll(/^import \{[^}]*\} from '([^']+)';$/gm)].map(([, path]) => [resolve(dir, `${path}.ts`), path.replace(/.*\//, '')]));
}

/**
 * Builds a content-script part as one self-contained IIFE that takes the modules it shares with the
 * reader part from the reader part itself (`globalThis.__rapportParts.lib`, set before the reader
 * asks for any part) instead of carrying its own copy of them. Emitted at the entry's path, `.js`.
 */
export function sharedPart(entry, { define, target }) {
  return {
    name: 'rapport:shared-part',
    apply: 'build',
    async generateBundle() {
      const root = process.cwd();
      const shared = sharedModules(root);
      if (shared.size === 0) throw new Error(`${LIB} lends no module`);
      const out = await build({
        root,
        configFile: false,
        logLevel: 'warn',
        define,
        build: {
          write: false,
          minify: true,
          target,
          lib: { entry: resolve(root, entry), formats: ['iife'], name: 'rapportPart', fileName: () => 'part.js' },
          rollupOptions: {
            external: (id) => shared.has(id),
            output: { globals: (id) => `globalThis.__rapportParts.lib.${shared.get(id)}` },
          },
        },
      });
      const [chunk] = (Array.isArray(out) ? out[0] : out).output;
      this.emitFile({ type: 'asset', fileName: entry.replace(/\.ts$/, '.js'), source: chunk.code });
    },
  };
}
