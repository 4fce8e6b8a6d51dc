import { StaleWriteError } from '../../store/errors';
import type { PanelHost } from '../host';

/**
 * A failed write in words a person can act on. A full disk and an interrupted transaction are
 * told apart from a bug, because the user's next step differs (free space, or just save again).
 */
export function saveErrorText(t: PanelHost['t'], error: unknown): string {
  if (error instanceof StaleWriteError) return t('staleWriteAny');
  const name = typeof error === 'object' && error !== null && 'name' in error ? String(error.name) : '';
  if (name === 'QuotaExceededError') return t('saveFailedQuota');
  if (name === 'AbortError') return t('saveFailedAborted');
  return t('saveFailed', error instanceof Error ? `${error.name}: ${error.message}` : String(error));
}
