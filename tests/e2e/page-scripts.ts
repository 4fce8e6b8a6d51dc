import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';

/** Each script's text as page.addScriptTag({ path }) makes it: the file, then its sourceURL. */
const texts = new Map<string, string>();
function textOf(path: string): string {
  let text = texts.get(path);
  if (text === undefined) {
    text = `${readFileSync(path, 'utf8')}\n//# sourceURL=${path.replace(/\n/g, '')}`;
    texts.set(path, text);
  }
  return text;
}

/**
 * What page.addScriptTag({ path }) does for each of `paths`, in order: a <script type="text/javascript">
 * of the file's text appended to <head> and run afresh in the page. Only the text travels once per
 * page instead of once per call: the page keeps it in a global, which setContent leaves in place
 * (document.open keeps the window) and a navigation clears, so it is sent again when missing.
 * Playwright sent the whole bundle (350 KB) with every call: some 100 ms of CPU across Node, the
 * browser and the renderer, several times the read it served, a few hundred times per file.
 */
export async function addScripts(page: Page, paths: readonly string[]): Promise<void> {
  const add = (sent: Record<string, string>) =>
    page.evaluate(
      ({ paths, sent }) => {
        const kept = ((globalThis as { __testScripts?: Record<string, string> }).__testScripts ??= {});
        Object.assign(kept, sent);
        const missing = paths.filter((path) => !(path in kept));
        if (missing.length > 0) return missing;
        for (const path of paths) {
          const script = document.createElement('script');
          script.type = 'text/javascript';
          script.text = kept[path] as string;
          document.head.appendChild(script);
        }
        return [];
      },
      { paths, sent },
    );
  const missing = await add({});
  if (missing.length === 0) return;
  const still = await add(Object.fromEntries(missing.map((path) => [path, textOf(path)])));
  if (still.length > 0) throw new Error(`scripts not kept by the page: ${still.join(', ')}`);
}
