import { signal } from '@preact/signals';

export interface Notice {
  text: string;
  tone: 'info' | 'error';
  undo?: () => Promise<void>;
}

/** The one status line the panel announces (an aria-live region). */
export function createNotices() {
  const current = signal<Notice | null>(null);
  return {
    current,
    show: (notice: Notice) => (current.value = notice),
    clear: () => (current.value = null),
  };
}

export type Notices = ReturnType<typeof createNotices>;
