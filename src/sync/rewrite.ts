import type { FhirResource } from './bundle';
import { SyncError } from './errors';
import type { Send } from './transport';

/** Re-reads after a 412 before giving up: each one is a colleague's write landing between ours. */
const MERGE_ROUNDS = 5;

type ServerResource = FhirResource & { id: string };

/**
 * Read `path` fresh, apply `edit`, write it back with If-Match on the version read; a 412 means a
 * colleague wrote in between, so read again and apply the edit to what is there now. `edit`
 * returning undefined means the server already says what we want: nothing is written.
 */
export async function rewrite(send: Send, path: string, edit: (server: ServerResource) => ServerResource | undefined): Promise<{ written: boolean; merged: number }> {
  for (let round = 1; ; round++) {
    const { body: server } = await send<ServerResource>('GET', path);
    const changed = edit(server);
    if (!changed) return { written: false, merged: round - 1 };
    const { meta: _server, ...resource } = changed;
    try {
      await send('PUT', path, { json: resource, headers: { 'if-match': `W/"${server.meta?.versionId ?? ''}"` } });
      return { written: true, merged: round - 1 };
    } catch (error) {
      if (!(error instanceof SyncError && error.kind === 'changed-elsewhere' && round < MERGE_ROUNDS)) throw error;
    }
  }
}
