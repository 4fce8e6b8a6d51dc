/**
 * Which of the content script's parts each corpus page makes its frame load. Since the reader split
 * (docs/reader-split.md) a frame loads main.js alone, whatever the page: it sends its snapshot, and the
 * reader's rules, its parts and the site's adapter run in the offscreen document. The teach part
 * arrives only when the user teaches a page, never on a read.
 */
import { loadCorpus } from '../corpus/harness/corpus';

export interface FrameParts {
  id: string;
  /** The page shows one client (its answer file names one). */
  patient: boolean;
  /** Scripts the frame loads: 'main', … */
  scripts: string[];
}

export async function corpusFrames(): Promise<FrameParts[]> {
  return loadCorpus().map((page) => ({ id: page.id, patient: page.expected !== null, scripts: ['main'] }));
}
