import { describe, expect, test, vi } from 'vitest';
import { PanelClosedError, lazyModel } from '../../../src/sidepanel/models/lazy';

function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((settle) => (resolve = settle));
  return { promise, resolve };
}

describe('a model loaded on first use', () => {
  test('imports its code once and builds one model, reachable with get() once loaded', async () => {
    const code = vi.fn(() => Promise.resolve({ make: () => ({ id: 'model', dispose: vi.fn() }) }));
    const build = vi.fn((loaded: { make: () => { id: string; dispose: () => void } }) => loaded.make());
    const lazy = lazyModel(code, build);
    expect(() => lazy.get()).toThrow();
    expect(lazy.current.value).toBeNull();
    const [first, second] = await Promise.all([lazy.load(), lazy.load()]);
    expect(first).toBe(second);
    expect(lazy.get()).toBe(first);
    expect(lazy.current.value).toBe(first);
    expect(code).toHaveBeenCalledTimes(1);
    expect(build).toHaveBeenCalledTimes(1);
    lazy.dispose();
    expect(first.dispose).toHaveBeenCalledTimes(1);
    expect(lazy.current.value).toBeNull();
  });

  test('a panel closed while the code loads never builds the model', async () => {
    const code = deferred<string>();
    const build = vi.fn(() => ({ dispose: vi.fn() }));
    const lazy = lazyModel(() => code.promise, build);
    const loading = lazy.load();
    lazy.dispose();
    code.resolve('loaded');
    await expect(loading).rejects.toBeInstanceOf(PanelClosedError);
    expect(build).not.toHaveBeenCalled();
  });
});
