import type { ClientContext } from '../../model/context';
import type { ClientRecord } from '../../model/records';
import { usePanel } from '../panel';
import { LogContactButtons } from './LogContact';
import { ReachRow } from './ReachRow';
import { ReadFromPageSection } from './ReadFromPage';
import { useSaver } from './use-saver';

/**
 * A chart the user only looked at: what was read, and the one step that makes this person their
 * client. No cadence colours and no suggestions: nothing is owed to someone who is not on the
 * caseload. Acting for them (a contact, a callback) enrols them too, so those stay one click away.
 */
export function SeenClient({ client, context, frameUrl }: { client: ClientRecord; context: ClientContext | null; frameUrl?: string }) {
  const { client: clientModel, settings, stay, clock, host, formats, words } = usePanel();
  const t = host.t;
  const save = useSaver();
  const enrol = () =>
    void save(() => clientModel.enrol(client.id, clock.now.peek()), { done: t('enrolled', client.name) });
  const discharge = client.dischargeDate && (
    <div key="discharge">
      <dt>{t(client.dischargeActual ? 'seenDischarged' : 'seenDischargeExpected')}</dt>
      <dd>{formats.date(client.dischargeDate)}</dd>
    </div>
  );
  const facts = [
    client.sex && (
      <div key="sex">
        <dt>{t('fieldSex')}</dt>
        <dd>{client.sex}</dd>
      </div>
    ),
    // The reach line shows an inpatient's location already.
    client.location && !stay.state.value?.inpatient && (
      <div key="location">
        <dt>{t('fieldLocation')}</dt>
        <dd>{client.location}</dd>
      </div>
    ),
    client.admitDate && (
      <div key="admit">
        <dt>{t('fieldAdmitDate')}</dt>
        <dd>{formats.date(client.admitDate)}</dd>
      </div>
    ),
    discharge,
  ].filter(Boolean);
  return (
    <>
      <ReachRow client={client} />
      <section class="seen card" aria-labelledby="seen-title" data-testid="seen-client">
        <h3 id="seen-title">{t('seenTitle')}</h3>
        {facts.length > 0 && <dl class="seen-facts">{facts}</dl>}
        <button type="button" class="enrol" data-testid="enrol-client" onClick={enrol}>
          {t('enrolClient')}
        </button>
        <p class="hint">{words.count('seenHint', settings.settings.value.seenRetentionDays)}</p>
      </section>
      <LogContactButtons client={client} secondary />
      <ReadFromPageSection context={context} frameUrl={frameUrl} />
    </>
  );
}
