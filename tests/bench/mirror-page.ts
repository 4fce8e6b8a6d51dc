/** What run.mjs and tests/e2e/snapshot-mirror.e2e.ts inject into a page: both halves of the mirror, and the reader they feed. */
export { extractClientContext } from '../../src/context/extract';
export { MirrorSender } from '../../src/context/snapshot/mirror-send';
export { Mirror } from '../../src/context/snapshot/mirror-keep';
export { withOracle } from '../../src/context/snapshot/mirror-read';
export { readInRounds } from '../../src/context/snapshot/mirror-rounds';
export { VisibilityChecker } from '../../src/context/dom';
