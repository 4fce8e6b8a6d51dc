// The sources' reader for tests/e2e/content-names.e2e.ts: its answer, and the adapter it picked, on the page it runs in.
import { extractClientContext } from '../../src/context/extract';
import { adapterFor, ADAPTERS } from '../../src/context/adapters/index';

export { extractClientContext };
export const adapterIdFor = (doc: Document, url: string): string | null => adapterFor(doc, url, ADAPTERS)?.id ?? null;
