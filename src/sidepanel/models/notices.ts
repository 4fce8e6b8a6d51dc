import { signal } from '@preact/signals';

export interface Notice {
  text: string;
  tone: 'info' | 'error';
  undo?: () => Promise<void>;
}

/** How long a confirmation stays over the bottom of the panel; an Undo gets longer to be reached. */
export const INFO_NOTICE_MS = 6_000;
export const UNDO_NOTICE_MS = 12_000;

type Schedule = (run: () => void, ms: number) => () => void;

const browserSchedule: Schedule = (run, ms) => {
  const id = setTimeout(run, ms);
  return () => clearTimeout(id);
};

/**
 * The one status line the panel announces (an aria-live region). It floats over the panel's
 * bottom edge, so confirmations leave by themselves and stop covering what is under them; errors
 * stay until dismissed.
 */
export function createNotices(schedule: Schedule = browserSchedule) {
  const current = signal<Notice | null>(null);
  let cancel: (() => void) | undefined;
  const clear = () => {
    cancel?.();
    cancel = undefined;
    current.value = null;
  };
  return {
    current,
    show: (notice: Notice) => {
      cancel?.();
      cancel = undefined;
      current.value = notice;
      if (notice.tone === 'info') {
        cancel = schedule(() => {
          if (current.value === notice) current.value = null;
        }, notice.undo ? UNDO_NOTICE_MS : INFO_NOTICE_MS);
      }
    },
    clear,
  };
}

export type Notices = ReturnType<typeof createNotices>;
