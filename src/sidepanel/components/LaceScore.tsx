import { useState } from 'preact/hooks';
import { useKeepUnsavedForm, useRestoredForm } from './use-kept-form';
import { StaleWriteError } from '../../store/errors';
import { daysBetweenDates } from '../../domain/time/dates';
import { LACE_HIGH_RISK, laceScore, type LaceResult } from '../../domain/discharge/lace';
import { sourceTitleKey } from '../../domain/text/message-keys';
import { usePanel } from '../panel';
import { useSaver } from './use-saver';
import { WholeNumberInput } from '../../ui/WholeNumberInput';
import type { ClientRecord } from '../../model/records';
import type { LaceInput } from '../../model/values';
import './checklists.css';

interface LaceForm {
  lengthOfStayDays: string;
  acuteAdmission: boolean;
  charlson: string;
  edVisits6m: string;
}

function parsed(form: LaceForm): LaceResult | undefined {
  const whole = (s: string) => (/^\d+$/.test(s.trim()) ? Number(s) : NaN);
  try {
    return laceScore({
      lengthOfStayDays: whole(form.lengthOfStayDays),
      acuteAdmission: form.acuteAdmission,
      charlson: whole(form.charlson),
      edVisits6m: whole(form.edVisits6m),
    });
  } catch {
    return undefined;
  }
}

/**
 * LACE readmission risk. Mount with `key={client.id}`: the form holds unsaved numbers for one
 * client only.
 */
export function LaceScore({ client }: { client: ClientRecord }) {
  const { stay, clock, host } = usePanel();
  const t = host.t;
  const save = useSaver();
  const keptAs = `lace:${client.id}`;
  const restored = useRestoredForm<{ form: LaceForm; base: ClientRecord }>(keptAs);
  const [form, setForm] = useState<LaceForm>(() => restored?.form ?? initialForm(client, stay.state.peek(), stay.today.peek()));
  // The record the numbers were started from: a score saved elsewhere since must not be overwritten unseen.
  const [base, setBase] = useState(() => restored?.base ?? client);
  const [edited, setEdited] = useState(restored !== undefined);
  // The form is opened on demand; a saved score or unsaved numbers show it at once.
  const [open, setOpen] = useState(restored !== undefined);
  useKeepUnsavedForm(keptAs, { form, base, edited }, (kept) => kept.edited);
  const result = parsed(form);
  const update = (patch: Partial<LaceForm>) => {
    setForm({ ...form, ...patch });
    setEdited(true);
  };
  if (!stay.hasDates.value) return null;

  const submit = (event: Event) => {
    event.preventDefault();
    if (!result) return;
    const lace: LaceInput = {
      lengthOfStayDays: Number(form.lengthOfStayDays),
      acuteAdmission: form.acuteAdmission,
      charlson: Number(form.charlson),
      edVisits6m: Number(form.edVisits6m),
    };
    void save(() => stay.update(base, { lace: { ...lace, at: clock.now.peek() } }), {
      done: t('laceSaved', [String(result.score), client.name]),
      onSaved: ({ saved }) => {
        setBase(saved);
        setEdited(false);
        setOpen(false);
      },
      undo: ({ saved, previous }) => stay.update(saved, previous),
      failed: (error) => {
        if (!(error instanceof StaleWriteError)) return undefined;
        const current = error.current as ClientRecord;
        setBase(current);
        return current.lace ? t('laceStale', String(laceScore(current.lace).score)) : undefined;
      },
    });
  };

  const countField = (label: string, testId: string, key: 'lengthOfStayDays' | 'charlson' | 'edVisits6m') => (
    <label>
      {t(label)}
      <WholeNumberInput min={0} testId={testId} value={form[key]} onValue={(value) => update({ [key]: value })} />
    </label>
  );

  const saved = client.lace ? laceScore(client.lace) : undefined;
  const openForm = () => {
    setOpen(true);
    // The form renders on the next pass: focus its first field then.
    setTimeout(() => document.querySelector<HTMLInputElement>('[data-testid="lace-length"]')?.focus(), 0);
  };
  return (
    <section class="lace" data-testid="lace" aria-labelledby="lace-title">
      <h4 id="lace-title">{t('laceTitle')}</h4>
      <p class="lace-saved" data-testid="lace-summary">
        {saved ? (
          <>
            {t('laceScoreIs', String(saved.score))} · {saved.highRisk ? <strong>{t('laceHighRisk', String(LACE_HIGH_RISK))}</strong> : t('laceNotHighRisk')}
          </>
        ) : (
          t('laceNotScored')
        )}{' '}
        {!open && (
          <button type="button" class="link" data-testid="lace-open" aria-expanded={false} onClick={openForm}>
            {saved ? t('laceRescore') : t('laceScoreNow')}
          </button>
        )}
      </p>
      {open && <form onSubmit={submit}>
        <div class="grid">
          {countField('laceLength', 'lace-length', 'lengthOfStayDays')}
          {countField('laceCharlson', 'lace-charlson', 'charlson')}
          {countField('laceEdVisits', 'lace-ed', 'edVisits6m')}
        </div>
        <label class="inline">
          <input
            type="checkbox"
            data-testid="lace-acute"
            checked={form.acuteAdmission}
            onChange={(event) => update({ acuteAdmission: event.currentTarget.checked })}
          />
          {t('laceAcute')}
        </label>
        <p
          class={`lace-result${result?.highRisk ? ' high' : ''}`}
          data-testid="lace-score"
          data-score={result ? String(result.score) : ''}
          data-high-risk={String(result?.highRisk ?? false)}
          aria-live="polite"
        >
          {result ? (
            <>
              <strong>{t('laceScoreIs', String(result.score))}</strong>
              {' · '}
              {result.highRisk ? <strong>{t('laceHighRisk', String(LACE_HIGH_RISK))}</strong> : t('laceNotHighRisk')}
            </>
          ) : (
            t('laceIncomplete')
          )}
        </p>
        <div class="buttons">
          <button type="submit" data-testid="lace-save" disabled={!result}>
            {t('laceSave')}
          </button>
          <button type="button" class="secondary" onClick={() => setOpen(false)}>
            {t('close')}
          </button>
        </div>
      </form>}
      <p class="why">{t('whySource', [t('laceWhy'), t(sourceTitleKey('lace'))])}</p>
    </section>
  );
}

function initialForm(
  client: ClientRecord,
  state: { admitDate?: string; actualDischarge?: string; expectedDischarge?: string } | null,
  today: string,
): LaceForm {
  if (client.lace) {
    return {
      lengthOfStayDays: String(client.lace.lengthOfStayDays),
      acuteAdmission: client.lace.acuteAdmission,
      charlson: String(client.lace.charlson),
      edVisits6m: String(client.lace.edVisits6m),
    };
  }
  // LACE is scored at discharge: the planned date, else the stay so far, estimates the length.
  const end = state?.actualDischarge ?? state?.expectedDischarge ?? today;
  const days = state?.admitDate !== undefined ? daysBetweenDates(state.admitDate, end) : undefined;
  return {
    lengthOfStayDays: days !== undefined && days >= 0 ? String(days) : '',
    acuteAdmission: false,
    charlson: '',
    edVisits6m: '',
  };
}
