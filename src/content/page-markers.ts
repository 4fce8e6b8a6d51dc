import { PRODUCT_MARKERS } from '../context/adapters/markers';
import { demoAppMatch, demoClassicMatch } from '../context/adapters/demo-sites';
import { marked } from '../context/adapters/marked';

/** Each adapter's page marker; the demo EHR's exist only in the demo build. */
const PAGE_MARKERS: Readonly<Record<string, string>> = __DEMO_ADAPTERS__
  ? { ...PRODUCT_MARKERS, [demoClassicMatch.id]: demoClassicMatch.marker, [demoAppMatch.id]: demoAppMatch.marker }
  : PRODUCT_MARKERS;

/** The first of the adapters whose site serves the page (the background's judgement) whose marker the page carries. */
export function markedAdapter(doc: Document, candidates: readonly string[]): string | undefined {
  return candidates.find((id) => Object.hasOwn(PAGE_MARKERS, id) && marked(doc, PAGE_MARKERS[id]!));
}
