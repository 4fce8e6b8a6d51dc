/** What tests/bench/run.mjs injects as a frame's own half of a read: the content script's frame reader (its adapter's marker, its pre-check, its mirror sender). */
export { frameReader } from '../../src/content/frame-read';
export { MirrorSender } from '../../src/context/snapshot/mirror-send';
