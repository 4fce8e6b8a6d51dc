import { describe, expect, test } from 'vitest';
import { keptOnSuccess } from '../../../src/platform/kept-on-success';

describe('keptOnSuccess', () => {
  test('opens once and answers every later call with the same result', async () => {
    let opens = 0;
    const open = keptOnSuccess(async () => ({ opened: ++opens }));
    const [first, second] = await Promise.all([open(), open()]);
    expect(await open()).toBe(first);
    expect(second).toBe(first);
    expect(opens).toBe(1);
  });

  test('a failed open is not kept: the next call opens again', async () => {
    let opens = 0;
    const open = keptOnSuccess(async () => {
      opens++;
      if (opens === 1) throw new Error('The database changed while it was being moved');
      return 'open';
    });
    await expect(open()).rejects.toThrow('being moved');
    expect(await open()).toBe('open');
    expect(await open()).toBe('open');
    expect(opens).toBe(2);
  });

  test('calls made while the failing open is pending share its failure, and the call after them opens again', async () => {
    let opens = 0;
    let fail!: (error: Error) => void;
    const open = keptOnSuccess(() => (++opens === 1 ? new Promise<string>((_, reject) => (fail = reject)) : Promise.resolve('open')));
    const pending = [open(), open()];
    fail(new Error('blocked'));
    for (const call of pending) await expect(call).rejects.toThrow('blocked');
    expect(await open()).toBe('open');
    expect(opens).toBe(2);
  });
});
