import { useEffect, useRef } from 'preact/hooks';
import { usePanel } from '../panel';
import type { HandedOver } from '../models/handoffs';
import { clientNameOf, handoffByline } from './HandoffList';
import { handoffLines } from './handoff-lines';

/** The sections Rapport writes, in the user's language; a section another writer added keeps its own title. */
const SECTION_KEYS: Record<string, string> = {
  reach: 'handoffSectionReach',
  'last-contact': 'handoffSectionLastContact',
  callbacks: 'handoffSectionCallbacks',
  'pain-points': 'handoffSectionPainPoints',
  discharge: 'handoffSectionDischarge',
  'next-action': 'handoffSectionNextAction',
};

/**
 * One client's handoff on one screen: how to reach them, the last contact and its note,
 * callbacks owed, open pain points, discharge and TCM, the next best action — the colleague's own
 * words, as they wrote them for this cover. Back (or Escape) returns to the caseload.
 */
export function HandoffSummary({ item, onBack }: { item: HandedOver; onBack: () => void }) {
  const panel = usePanel();
  const { host, notices, caseload, client: clientModel, formats } = panel;
  const t = host.t;
  const { note, client } = item;
  const name = clientNameOf(item, t);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [note.serverId]);
  const chartUrl = client?.chartUrl;
  const openChart = () =>
    chartUrl && host.openChart(chartUrl).catch((failure: unknown) => notices.show({ text: t('openChartFailed', [name, String(failure)]), tone: 'error' }));
  const openInPanel = async () => {
    if (!client) return;
    await clientModel.select(client.id);
    caseload.view.value = 'client';
  };
  return (
    <section
      class="caseload handoff"
      data-testid="handoff-summary"
      data-server-id={note.serverId}
      aria-labelledby="handoff-title"
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          onBack();
        }
      }}
    >
      <button type="button" class="link back" data-testid="handoff-back" onClick={onBack}>
        {t('handoffBack')}
      </button>
      <h2 id="handoff-title" tabIndex={-1} ref={heading}>
        {t('handoffTitle', name)}
      </h2>
      <p class="hint" data-testid="handoff-byline">
        {handoffByline(note, panel)}
        <br />
        {t('handoffWritten', formats.dateTime(note.writtenAt))}
      </p>
      {client && (
        <div class="row-actions">
          {chartUrl ? (
            <button type="button" class="secondary" data-testid="handoff-open-chart" aria-label={t('openChartFor', name)} onClick={() => void openChart()}>
              {t('openChart')}
            </button>
          ) : (
            <span class="hint">{t('noChartSeen')}</span>
          )}
          <button type="button" class="secondary" data-testid="handoff-open-client" aria-label={t('openInPanelFor', name)} onClick={() => void openInPanel()}>
            {t('openInPanel')}
          </button>
        </div>
      )}
      {note.sections.map((section, index) => {
        const titleId = `handoff-section-${index}`;
        const key = SECTION_KEYS[section.code];
        const lines = handoffLines(section, undefined, panel);
        return (
          <section key={`${section.code}:${index}`} class="handoff-section" data-testid="handoff-section" data-code={section.code} aria-labelledby={titleId}>
            <h3 id={titleId}>{key ? t(key) : section.title}</h3>
            {lines.length === 0 ? (
              <p class="hint">{t('handoffSectionEmpty')}</p>
            ) : (
              <ul>
                {lines.map((line, lineIndex) => (
                  <li key={lineIndex}>{line}</li>
                ))}
              </ul>
            )}
          </section>
        );
      })}
    </section>
  );
}
