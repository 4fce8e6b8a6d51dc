import { signal, type ReadonlySignal } from '@preact/signals';

/**
 * A model whose code is fetched the first time a view needs it, so it stays out of the panel's
 * first paint. `load` starts the import once; `get` is for components rendered only after it
 * resolved. A panel disposed while the import is in flight never builds the model: building it
 * would start reads on a database that may be closed by then.
 */
export interface LazyModel<M extends { dispose(): void }> {
  load(): Promise<M>;
  get(): M;
  /** The model once built, else null: a view shown before it loads reads what it needs from here. */
  current: ReadonlySignal<M | null>;
  dispose(): void;
}

/** The expected end of a load begun by a panel that has since closed: nobody is left to tell. */
export class PanelClosedError extends Error {
  constructor() {
    super('the panel closed while a model loaded');
  }
}

export function lazyModel<C, M extends { dispose(): void }>(code: () => Promise<C>, build: (code: C) => M): LazyModel<M> {
  let loading: Promise<M> | undefined;
  let model: M | undefined;
  const current = signal<M | null>(null);
  let disposed = false;
  return {
    load() {
      loading ??= code().then((loaded) => {
        if (disposed) throw new PanelClosedError();
        model = build(loaded);
        current.value = model;
        return model;
      });
      return loading;
    },
    get() {
      if (!model) throw new Error('lazyModel: get() before load()');
      return model;
    },
    current,
    dispose() {
      disposed = true;
      model?.dispose();
      model = undefined;
      current.value = null;
    },
  };
}
