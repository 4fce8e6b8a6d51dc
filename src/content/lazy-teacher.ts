import type { ContextField } from '../context/types';
import { partSlots, type PartId, type Teacher } from './parts/scope';

/**
 * The picker, loaded into this frame the first time the user teaches a field (`load` asks the
 * background to inject it): every EHR frame runs the reader, few are ever taught.
 */
export function lazyTeacher(load: (id: PartId) => Promise<unknown>): Teacher {
  let wanted: ContextField | undefined;
  return {
    arm(field) {
      wanted = field;
      const ready = partSlots().teach;
      if (ready) return ready.arm(field);
      void load('teach')
        .catch(() => undefined)
        // Disarmed, or armed for another field, while it loaded: that later call decides.
        .then(() => wanted === field && partSlots().teach?.arm(field));
    },
    disarm() {
      wanted = undefined;
      partSlots().teach?.disarm();
    },
  };
}
