import { usePanel } from '../panel';

/** One polite live region: saves, undos and failures are announced, never only shown. */
export function NoticeBar() {
  const { notices, host } = usePanel();
  const notice = notices.current.value;
  return (
    <div class={`notice ${notice?.tone ?? ''}`} role="status" aria-live="polite" data-testid="notice">
      {notice && (
        <>
          <span>{notice.text}</span>
          {notice.undo && (
            <button
              type="button"
              class="link"
              data-testid="undo"
              onClick={async () => {
                const undo = notice.undo;
                notices.clear();
                await undo?.();
              }}
            >
              {host.t('undo')}
            </button>
          )}
          <button type="button" class="link" aria-label={host.t('dismiss')} onClick={() => notices.clear()}>
            ×
          </button>
        </>
      )}
    </div>
  );
}
