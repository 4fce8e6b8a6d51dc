/**
 * Which of the content script's parts each corpus page makes its frame load, decided as the content
 * script decides (src/content/site-reader.ts, src/content/parts/reader.ts): main.js always; the
 * reader part where an adapter's marker, or the pre-check, says the page may show a client; the
 * adapter's script on its site; the structured-data reader where the page carries such data and the
 * generic reader runs; the rarer shape rules, and those the page's words call for, when a reading
 * asks for them. Read in happy-dom.
 */
import { loadCorpus } from '../corpus/harness/corpus';
import { readInHappyDom } from '../corpus/harness/happy-dom';
import { readClientContext } from '../../src/context/read';
import { readStructured } from '../../src/context/generic/structured';
import { carriesStructured } from '../../src/context/generic/structured-check';
import { CORE_SHAPES, type Shapes } from '../../src/context/shapes';
import { MORE_SHAPES } from '../../src/context/more-shapes';
import { CUED_SHAPES } from '../../src/context/cued-shapes';
import { ADAPTERS } from '../../src/context/adapters/index';
import { readerFor } from '../../src/context/adapters/run';
import { adapterFor } from '../../src/context/adapters/match';
import { mayShowClient } from '../../src/content/pre-check';

export interface FrameParts {
  id: string;
  /** The page shows one client (its answer file names one). */
  patient: boolean;
  /** Scripts the frame loads: 'main', 'parts/reader', 'adapters/<id>', … */
  scripts: string[];
}

export async function corpusFrames(): Promise<FrameParts[]> {
  const out: FrameParts[] = [];
  for (const page of loadCorpus()) {
    const scripts = new Set(['main']);
    await readInHappyDom(page.html, page.url, async (doc, url) => {
      const adapter = adapterFor(doc, url, ADAPTERS);
      if (!adapter && !mayShowClient(doc)) return null;
      scripts.add('parts/reader');
      if (adapter) scripts.add(`adapters/${adapter.id}`);
      const part = <T>(name: string, rules: T) => ({
        now: () => (scripts.has(`parts/${name}`) ? rules : undefined),
        load: async () => {
          scripts.add(`parts/${name}`);
          return rules;
        },
      });
      const shapes: Shapes = { ...CORE_SHAPES, more: part('more', MORE_SHAPES), cued: part('cued', CUED_SHAPES) };
      const structured = async (d: Document, env: Parameters<typeof readStructured>[1]) => {
        if (!carriesStructured(d)) return [];
        scripts.add('parts/structured');
        return readStructured(d, env);
      };
      return readClientContext(doc, url, adapter && readerFor(adapter), { structured, shapes: { now: () => shapes, load: async () => shapes } });
    });
    out.push({ id: page.id, patient: page.expected !== null, scripts: [...scripts] });
  }
  return out;
}
