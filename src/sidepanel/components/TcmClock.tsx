import type { ComponentChildren } from 'preact';
import { sourceTitleKey } from '../../domain/text/message-keys';
import type { DeadlineState } from '../../domain/discharge/tcm';
import type { StayFields, TcmAct } from '../models/stay';
import { currentTcm } from '../models/tcm';
import { usePanel } from '../panel';
import { CalendarDate } from './calendar-date';
import { useSaver } from './use-saver';
import type { ClientRecord } from '../../model/records';
import type { TcmComplexity } from '../../model/values';
import './checklists.css';

const STATE_KEYS: Record<DeadlineState, string> = {
  met: 'tcmMet',
  late: 'tcmLate',
  open: 'tcmOpen',
  'due-today': 'tcmDueToday',
  overdue: 'tcmOverdue',
};

/** The CMS TCM deadlines, only once the client has actually left hospital. */
export function TcmClock({ client }: { client: ClientRecord }) {
  const { stay, client: clientModel, contacts, host, words } = usePanel();
  const t = host.t;
  const save = useSaver();
  const tcm = currentTcm(stay, clientModel, contacts.contacts.value, host.timeZone);
  if (!tcm) return null;
  const { deadlines, status, done } = tcm;

  const options = {
    done: t('tcmSaved', client.name),
    undo: ({ saved, previous }: { saved: ClientRecord; previous: Partial<StayFields> }) => stay.update(saved, previous),
  };
  const write = (patch: Partial<StayFields>) => void save(() => stay.update(client, patch), options);
  const markDone = (act: TcmAct, value: string) =>
    void save(() => stay.markTcmDone(client, deadlines.dischargeDate, act, value || undefined), options);

  return (
    <section class="tcm" data-testid="tcm-clock" aria-labelledby="tcm-title">
      <h4 id="tcm-title">{t('tcmTitle')}</h4>
      <p>
        {t('stayDischarged')} <CalendarDate date={deadlines.dischargeDate} /> · {t('tcmPeriodEnds')}{' '}
        <CalendarDate date={deadlines.periodEnds} />
        {!status.inPeriod && <strong> · {t('tcmPeriodOver')}</strong>}
      </p>
      <dl class="deadlines">
        <Deadline
          testId="tcm-contact-due"
          label={t('tcmInteractiveContact')}
          due={deadlines.interactiveContactDue}
          state={status.interactiveContact}
        >
          {status.businessDaysLeft !== undefined && status.businessDaysLeft > 0 && (
            <> · {words.count('tcmBusinessDaysLeft', status.businessDaysLeft)}</>
          )}
        </Deadline>
        <Deadline testId="tcm-face-to-face-due" label={t('tcmFaceToFace')} due={deadlines.faceToFaceDue} state={status.faceToFace} />
        <Deadline
          testId="tcm-med-rec-due"
          label={t('tcmMedicationReconciliation')}
          due={deadlines.medicationReconciliationDue}
          state={status.medicationReconciliation}
        />
      </dl>
      <div class="grid">
        <label>
          {t('tcmComplexity')}
          <select
            data-testid="tcm-complexity"
            value={client.tcmComplexity ?? 'moderate'}
            onChange={(event) => write({ tcmComplexity: event.currentTarget.value as TcmComplexity })}
          >
            <option value="moderate">{t('tcmModerate')}</option>
            <option value="high">{t('tcmHigh')}</option>
          </select>
        </label>
        <label>
          {t('tcmFaceToFaceDone')}
          <input type="date" value={done?.faceToFaceOn ?? ''} onChange={(event) => markDone('faceToFaceOn', event.currentTarget.value)} />
        </label>
        <label>
          {t('tcmMedRecDone')}
          <input
            type="date"
            value={done?.medicationReconciledOn ?? ''}
            onChange={(event) => markDone('medicationReconciledOn', event.currentTarget.value)}
          />
        </label>
      </div>
      <p class="why">{t('whySource', [t('tcmWhy'), t(sourceTitleKey(deadlines.sourceId))])}</p>
    </section>
  );
}

interface DeadlineProps {
  testId: string;
  label: string;
  due: string;
  state: DeadlineState;
  children?: ComponentChildren;
}

/** A deadline says its state in words; the colour only repeats it. */
function Deadline({ testId, label, due, state, children }: DeadlineProps) {
  const { host } = usePanel();
  const t = host.t;
  return (
    <div data-testid={testId} data-due={due} data-status={state} class={`deadline ${state}`}>
      <dt>{label}</dt>
      <dd>
        {t('tcmDueBy')} <CalendarDate date={due} /> · <strong>{t(STATE_KEYS[state])}</strong>
        {children}
      </dd>
    </div>
  );
}
