import { effect, signal, type ReadonlySignal } from '@preact/signals';
import { onChanged } from '../../store/changes';
import { onReopened } from '../../store/db';
import type { StoreName } from '../../model/records';

/**
 * Records of one store that belong to the selected client, reloaded when the client changes or
 * when any panel writes to that store. A slow load for a client already left behind is dropped.
 */
export function createClientCollection<T>(
  clientId: ReadonlySignal<string | undefined>,
  store: StoreName,
  load: (clientId: string) => Promise<T[]>,
) {
  const items = signal<T[]>([]);
  /** The client `items` belong to; undefined while the first load for the current one runs. */
  const readyFor = signal<string | undefined>(undefined);
  let generation = 0;

  async function reload() {
    const id = clientId.peek();
    const mine = ++generation;
    const loaded = id === undefined ? [] : await load(id);
    if (mine !== generation) return;
    items.value = loaded;
    readyFor.value = id;
  }

  let loadedFor: string | undefined;
  const disposeEffect = effect(() => {
    const id = clientId.value;
    // Another client's records must never show, not even for the moment a load takes.
    if (id !== loadedFor) {
      items.value = [];
      readyFor.value = undefined;
    }
    loadedFor = id;
    void reload();
  });
  /** Records this panel wrote and loaded again already: the change event of each needs no second load. */
  const loadedAfterWrite = new Set<string>();
  async function reloadAfter<R extends { id: string }>(write: Promise<R>): Promise<R> {
    const saved = await write;
    // The write posted its change event as it ended: a task, which cannot have come before this line.
    loadedAfterWrite.add(saved.id);
    await reload();
    return saved;
  }
  const offChanged = onChanged((change) => {
    if (change.store === store && !change.ids.every((id) => loadedAfterWrite.delete(id))) void reload();
  });
  // A load begun while another context replaced the database failed: it runs again on the new one.
  const offReopened = onReopened(reload);

  return {
    items,
    readyFor: readyFor as ReadonlySignal<string | undefined>,
    reload,
    reloadAfter,
    dispose: () => {
      disposeEffect();
      offChanged();
      offReopened();
    },
  };
}
