// The content script's reader in an adapter frame, as it runs there once the background has injected
// the reader part and the site's adapter script: the adapter path the bench judges, without the
// URL matching that the background does for the frame (extract.ts does it on every call).
import '../../src/content/parts/reader';
import '../../src/content/adapters/demo-classic';
import { siteReader } from '../../src/content/site-reader';

const noPart = async () => {
  throw new Error('the bench page has every part it needs already');
};

export const readAdapterFrame = siteReader(noPart, async () => ['demo-classic']);
