import { afterEach, expect, test } from 'vitest';
import { lazyTeacher } from '../../../src/content/lazy-teacher';
import { partSlots } from '../../../src/content/parts/scope';

/** The picker part is loaded on the first arm only, and a disarm or re-arm while it loads wins. */
const calls: string[] = [];
const fakeTeacher = { arm: (field: string) => void calls.push(`arm:${field}`), disarm: () => void calls.push('disarm') };
const loader = () => {
  const loads: string[] = [];
  let finish = () => {};
  const load = (id: string) => {
    loads.push(id);
    return new Promise<void>((resolve) => {
      finish = () => {
        partSlots().teach = fakeTeacher;
        resolve();
      };
    });
  };
  return { load, loads, finish: () => finish() };
};

afterEach(() => {
  delete partSlots().teach;
  calls.length = 0;
});

test('the first arm loads the picker part, then arms it; later arms use it directly', async () => {
  const { load, loads, finish } = loader();
  const teacher = lazyTeacher(load);
  teacher.arm('name');
  expect(loads).toEqual(['teach']);
  finish();
  await new Promise((r) => setTimeout(r));
  teacher.arm('mrn');
  expect(loads).toEqual(['teach']);
  expect(calls).toEqual(['arm:name', 'arm:mrn']);
});

test('disarmed while the part loads: it is not armed when it arrives', async () => {
  const { load, finish } = loader();
  const teacher = lazyTeacher(load);
  teacher.arm('name');
  teacher.disarm();
  finish();
  await new Promise((r) => setTimeout(r));
  expect(calls).toEqual([]);
});

test('a load that fails arms nothing and throws nothing', async () => {
  const teacher = lazyTeacher(() => Promise.reject(new Error('no worker')));
  teacher.arm('dob');
  await new Promise((r) => setTimeout(r));
  expect(calls).toEqual([]);
});
