import { usePanel } from '../panel';
import { saveErrorText } from './save-error';

interface SaveOptions<T> {
  /** Announced on success, naming the client acted on (from what was saved when it says what was written). */
  done: string | ((saved: T) => string);
  onSaved?: (saved: T) => void;
  undo?: (saved: T) => Promise<unknown>;
  /** Says more than the generic failure when the caller knows more (what the other window saved). */
  failed?: (error: unknown) => string | undefined;
}

/**
 * Runs a write, then recounts the badge and announces the result with Undo. A failed write says why
 * and leaves the form as it was, so nothing typed is lost.
 */
export function useSaver() {
  const { notices, host, afterWrite } = usePanel();
  return async function save<T>(write: () => Promise<T>, options: SaveOptions<T>): Promise<T | undefined> {
    let saved: T;
    try {
      saved = await write();
    } catch (error) {
      notices.show({ text: options.failed?.(error) ?? saveErrorText(host.t, error), tone: 'error' });
      return undefined;
    }
    options.onSaved?.(saved);
    await afterWrite();
    const undo = options.undo;
    notices.show({
      text: typeof options.done === 'string' ? options.done : options.done(saved),
      tone: 'info',
      undo: undo
        ? async () => {
            await undo(saved);
            await afterWrite();
          }
        : undefined,
    });
    return saved;
  };
}
