/** What tests/e2e/snapshot.e2e.ts, slicing.e2e.ts and tests/bench/run.mjs inject into a page: the reader, and both halves of the mirror. */
export { extractClientContext } from '../../src/context/extract';
export { MirrorSender } from '../../src/context/snapshot/mirror-send';
export { Mirror } from '../../src/context/snapshot/mirror-keep';
export { withOracle } from '../../src/context/snapshot/mirror-read';
export { readInRounds } from '../../src/context/snapshot/mirror-rounds';
