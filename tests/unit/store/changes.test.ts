import { describe, expect, it } from 'vitest';
import { onChanged, notifyChanged, type ChangeDetail } from '../../../src/store/changes';
import { addCallback } from '../../../src/store/callbacks';
import { T0, useFreshDb } from './helpers';

const db = useFreshDb();

function nextChange(): Promise<ChangeDetail> {
  return new Promise((resolve) => {
    const off = onChanged((d) => {
      off();
      resolve(d);
    });
  });
}

describe('change notification', () => {
  it('delivers a posted change to subscribers', async () => {
    const got = nextChange();
    notifyChanged({ store: 'contacts', ids: ['a', 'b'] });
    expect(await got).toEqual({ store: 'contacts', ids: ['a', 'b'] });
  });

  it('store writes notify after their transaction', async () => {
    const got = nextChange();
    const cb = await addCallback(db(), { clientId: 'c', dueAt: T0 }, T0);
    expect(await got).toEqual({ store: 'callbacks', ids: [cb.id] });
  });

  it('stops after unsubscribe', async () => {
    const seen: ChangeDetail[] = [];
    const off = onChanged((d) => seen.push(d));
    off();
    const after = nextChange();
    notifyChanged({ store: 'clients', ids: ['x'] });
    await after;
    expect(seen).toEqual([]);
  });
});
