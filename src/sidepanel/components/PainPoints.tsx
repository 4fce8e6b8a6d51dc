import { useState } from 'preact/hooks';
import { useKeepUnsavedForm, useRestoredForm } from './use-kept-form';
import { usePanel } from '../panel';
import { useSaver } from './use-saver';
import type { ClientRecord, PainPointRecord } from '../../model/records';
import { SubmitCancel } from './SubmitCancel';

/** Listen for points of pain, note the root cause, and mark them relieved (strategy 4). */
export function PainPoints({ client }: { client: ClientRecord }) {
  const { painPoints, host } = usePanel();
  const t = host.t;
  const points = painPoints.painPoints.value;
  return (
    <section class="pain-points" aria-labelledby="pain-points-title" data-testid="pain-points">
      {points.length === 0 && <p class="hint">{t('painPointsNone')}</p>}
      <ul>
        {points.map((point) => (
          <PainPointItem key={point.id} point={point} client={client} />
        ))}
      </ul>
      <AddPainPoint key={client.id} client={client} />
    </section>
  );
}

function PainPointItem({ point, client }: { point: PainPointRecord; client: ClientRecord }) {
  const { painPoints, host, formats } = usePanel();
  const t = host.t;
  const save = useSaver();
  const relieved = point.status === 'relieved';
  const toggle = () =>
    void save(() => painPoints.setStatus(point.id, relieved ? 'open' : 'relieved', undefined, point.rev), {
      done: t(relieved ? 'painPointReopened' : 'painPointRelieved', client.name),
      undo: (saved) => painPoints.setStatus(point.id, point.status, undefined, saved.rev),
    });
  return (
    <li data-testid="pain-point" data-status={point.status} class={relieved ? 'relieved' : ''}>
      <div>
        <strong>{point.text}</strong>
        {point.rootCause && <div>{t('rootCauseIs', point.rootCause)}</div>}
        <div class="hint">
          {relieved && point.relievedAt !== undefined
            ? t('painPointRelievedOn', formats.dateTime(point.relievedAt))
            : t('painPointOpenedOn', formats.dateTime(point.openedAt))}
        </div>
      </div>
      <button type="button" class="secondary" onClick={toggle}>
        {relieved ? t('reopen') : t('markRelieved')}
      </button>
    </li>
  );
}

interface PainPointDraft {
  clientId: string;
  text: string;
  rootCause: string;
}

function AddPainPoint({ client }: { client: ClientRecord }) {
  const { painPoints, host } = usePanel();
  const t = host.t;
  const save = useSaver();
  const keptAs = `pain-point:${client.id}`;
  const [draft, setDraft] = useState<PainPointDraft | null>(useRestoredForm<PainPointDraft>(keptAs) ?? null);
  useKeepUnsavedForm(keptAs, draft, (kept) => kept !== null && (kept.text.trim() !== '' || kept.rootCause.trim() !== ''));
  if (!draft || draft.clientId !== client.id) {
    return (
      <button type="button" class="secondary" data-testid="add-pain-point" onClick={() => setDraft({ clientId: client.id, text: '', rootCause: '' })}>
        {t('addPainPoint')}
      </button>
    );
  }
  const submit = (event: Event) => {
    event.preventDefault();
    void save(() => painPoints.add(client.id, draft.text, draft.rootCause), {
      done: t('painPointAdded', client.name),
      onSaved: () => setDraft(null),
      undo: (saved) => painPoints.remove(saved.id),
    });
  };
  return (
    <form class="card" onSubmit={submit}>
      <label>
        {t('painPointWhat')}
        <input required data-testid="pain-point-text" value={draft.text} onInput={(e) => setDraft({ ...draft, text: e.currentTarget.value })} />
      </label>
      <label>
        {t('rootCause')}
        <input value={draft.rootCause} onInput={(e) => setDraft({ ...draft, rootCause: e.currentTarget.value })} />
      </label>
      <SubmitCancel label={t('save')} testId="pain-point-save" onCancel={() => setDraft(null)} />
    </form>
  );
}
