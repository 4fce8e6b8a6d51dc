import { createTeacher } from '../teach';
import { t } from '../runtime';
import { partSlots } from './scope';

// Injected once per frame when the user starts teaching; a second injection keeps the first teacher.
partSlots().teach ??= createTeacher({
  doc: document,
  win: window,
  t,
  picked: (field, pick) => void partSlots().send?.({ type: 'picker/picked', field, ...pick }).catch(() => undefined),
  cancelled: () => void partSlots().send?.({ type: 'picker/cancelled' }).catch(() => undefined),
  identifiers: () => partSlots().identifiers?.() ?? [],
});
