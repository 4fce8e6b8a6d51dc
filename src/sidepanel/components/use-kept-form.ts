import { useEffect, useRef, useState } from 'preact/hooks';
import { usePanel } from '../panel';

/**
 * Unsaved input of a form that unmounts — a lock, a switch to the caseload or to another client —
 * comes back when it mounts again. It is kept in the panel's drafts (this panel's memory only)
 * under `key`, which names the form and its client, and taken back once.
 */
export function useRestoredForm<T>(key: string): T | undefined {
  const { drafts } = usePanel();
  const [restored] = useState(() => {
    const kept = drafts.forms.peek().get(key) as T | undefined;
    if (kept !== undefined) {
      const rest = new Map(drafts.forms.peek());
      rest.delete(key);
      drafts.forms.value = rest;
    }
    return kept;
  });
  return restored;
}

/** Keeps `value` under `key` when the form unmounts while `unsaved(value)`. */
export function useKeepUnsavedForm<T>(key: string, value: T, unsaved: (value: T) => boolean): void {
  const { drafts } = usePanel();
  const latest = useRef({ value, unsaved });
  latest.current = { value, unsaved };
  useEffect(
    () => () => {
      const { value: last, unsaved: isUnsaved } = latest.current;
      if (isUnsaved(last)) drafts.forms.value = new Map(drafts.forms.peek()).set(key, last);
    },
    [drafts, key],
  );
}
