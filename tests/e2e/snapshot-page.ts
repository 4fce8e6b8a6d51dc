/** What tests/e2e/snapshot.e2e.ts injects into each page: the reader, and both halves of the reader split. */
export { extractClientContext } from '../../src/context/extract';
export { takeSnapshot } from '../../src/context/snapshot/take';
export { rebuildPage } from '../../src/context/snapshot/rebuild';
