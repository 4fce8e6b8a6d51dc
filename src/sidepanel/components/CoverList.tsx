import { useEffect, useMemo, useRef } from 'preact/hooks';
import { calendarDateOf } from '../../domain/time/dates';
import type { CoverRow } from '../../messaging/team-messages';
import { usePanel, type Panel } from '../panel';
import { createCallOffModel, type CallOffModel, type CallOffOutcome } from '../models/call-off';
import { coverKey } from '../../model/team';

/**
 * "Covering for you": who covers the user's clients, until when, each with "Call off" and its
 * confirm step. Beside "Cover for me", because that is where a cover is made. Nothing while no
 * one covers, unless a call-off just emptied the list: its outcome still has to be read.
 */
export function CoverList({ covers, refresh }: { covers: readonly CoverRow[]; refresh: () => Promise<void> }) {
  const panel = usePanel();
  const { host } = panel;
  const t = host.t;
  const ask = host.team;
  const model = useMemo(
    () => ask && createCallOffModel({ callOff: (cover) => ask({ type: 'team/call-off', ...cover }), refresh }),
    [ask, refresh],
  );
  const listRef = useRef<HTMLElement>(null);
  const focusAfter = useFocusAfter(model, listRef);
  if (!model) return null;
  const outcome = model.outcome.value;
  if (covers.length === 0 && outcome.kind === 'idle') return null;
  return (
    <section class="caseload-section covers" data-testid="covers" aria-labelledby="covers-title" ref={listRef}>
      <h3 id="covers-title" tabIndex={-1}>
        {t('coversTitle')} <span class="count">({covers.length})</span>
      </h3>
      {covers.length === 0 && <p class="hint">{t('coversNone')}</p>}
      <ul>
        {covers.map((cover) => (
          <li key={coverKey(cover)} data-testid="cover-row" data-key={coverKey(cover)} class={model.confirming.value === coverKey(cover) ? 'confirming' : undefined}>
            {model.confirming.value === coverKey(cover) ? (
              <ConfirmStep cover={cover} model={model} panel={panel} onKeep={focusAfter.keep} />
            ) : (
              <>
                <div class="who">
                  <strong>{cover.name}</strong>
                  <span class="hint" data-testid="cover-period">
                    {coverPeriod(cover, panel)}
                  </span>
                  <span class="hint">{cover.waiting ? t('coverWaiting') : panel.words.count('coverClients', cover.clients)}</span>
                </div>
                <div class="row-actions">
                  <button type="button" class="secondary" data-testid="cover-call-off" aria-label={t('callOffFor', cover.name)} onClick={() => model.ask(cover)}>
                    {t('callOff')}
                  </button>
                </div>
              </>
            )}
          </li>
        ))}
      </ul>
      <p role="status" class={outcome.kind === 'problem' ? 'error' : undefined} data-testid="call-off-outcome">
        {outcomeText(outcome, t)}
      </p>
    </section>
  );
}

function ConfirmStep({ cover, model, panel, onKeep }: { cover: CoverRow; model: CallOffModel; panel: Pick<Panel, 'host' | 'formats'>; onKeep: () => void }) {
  const t = panel.host.t;
  const sending = model.outcome.value.kind === 'sending';
  const keep = () => {
    model.keep();
    onKeep();
  };
  return (
    <div
      class="call-off-confirm"
      data-testid="call-off-confirm"
      role="group"
      aria-labelledby="call-off-question"
      onKeyDown={(event) => {
        if (event.key === 'Escape' && !sending) {
          event.preventDefault();
          keep();
        }
      }}
    >
      <p id="call-off-question">
        <strong>{t('callOffQuestion', cover.name)}</strong>
        <br />
        {coverPeriod(cover, panel)}
        <br />
        <span class="hint">{t('callOffConsequence', cover.name)}</span>
      </p>
      <div class="row-actions">
        <button type="button" class="danger" data-testid="call-off-yes" disabled={sending} onClick={() => void model.confirm(cover)}>
          {t(sending ? 'callOffSending' : 'callOffYes')}
        </button>
        <button type="button" class="secondary" data-testid="call-off-keep" disabled={sending} onClick={keep}>
          {t('callOffKeep')}
        </button>
      </div>
    </div>
  );
}

/**
 * Where focus goes as the steps change: to "Keep the cover" when the question appears (Enter
 * pressed twice must not call a cover off), back to the row's button when kept, and to the list's
 * heading once the row has gone, so focus is never dropped on the page.
 */
function useFocusAfter(model: CallOffModel | undefined, list: { current: HTMLElement | null }) {
  const kept = useRef<string | null>(null);
  const confirming = model?.confirming.value ?? null;
  const outcome = model?.outcome.value.kind;
  useEffect(() => {
    const root = list.current;
    if (!root) return;
    if (confirming) root.querySelector<HTMLElement>('[data-testid="call-off-keep"]')?.focus();
    else if (kept.current) root.querySelector<HTMLElement>(`[data-key="${CSS.escape(kept.current)}"] [data-testid="cover-call-off"]`)?.focus();
    else if (outcome === 'done' || outcome === 'queued' || outcome === 'problem') root.querySelector<HTMLElement>('#covers-title')?.focus();
    kept.current = null;
  }, [confirming, outcome, list]);
  return {
    keep: () => {
      kept.current = confirming;
    },
  };
}

/** "Until the end of Dec 11" for a cover under way, "Dec 14 to the end of Dec 16" for one to come. */
export function coverPeriod(cover: Pick<CoverRow, 'start' | 'end'>, panel: Pick<Panel, 'host' | 'formats'>): string {
  const { host, formats } = panel;
  const day = (ms: number) => formats.date(calendarDateOf(ms, host.timeZone));
  return cover.start <= host.now() ? host.t('coverUntil', day(cover.end)) : host.t('coverFromTo', [day(cover.start), day(cover.end)]);
}

function outcomeText(outcome: CallOffOutcome, t: Panel['host']['t']): string {
  switch (outcome.kind) {
    case 'idle':
      return '';
    case 'sending':
      return t('callOffSendingFor', outcome.name);
    case 'done':
      return t('callOffDone', outcome.name);
    case 'queued':
      return t('callOffQueued', outcome.name);
    case 'problem':
      return t(outcome.key, outcome.detail ?? '');
  }
}
