import type { ClientContext } from '../../model/context';
import type { ClientRecord } from '../../model/records';
import { usePanel } from '../panel';
import { ReachRow } from './ReachRow';
import { Deferred } from './Deferred';
import { useSaver } from './use-saver';

/** A site tool shown only from the menu: its code loads when it is first shown. */
const loadReadFromPage = () => import('./ReadFromPage').then((module) => module.SeenReadFromPage);

/**
 * A chart the user only looked at: what was read, and the one step that makes this person their
 * client. No cadence colours, no suggestions and no other buttons: nothing is owed to someone who
 * is not on the caseload, and a care manager who looks at 40 charts a day decides once, here.
 * The reader's provenance table is a site tool: it shows with "Site setup" from the panel's menu.
 */
export function SeenClient({ client, context, frameUrl }: { client: ClientRecord; context: ClientContext | null; frameUrl?: string }) {
  const { client: clientModel, settings, stay, clock, host, formats, words, siteSetup } = usePanel();
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
      <ReachRow client={client} copyable={false} />
      <section class="seen card" aria-labelledby="seen-title" data-testid="seen-client">
        <h3 id="seen-title">{t('seenTitle')}</h3>
        {facts.length > 0 && <dl class="seen-facts">{facts}</dl>}
        <button type="button" class="enrol" data-testid="enrol-client" onClick={enrol}>
          {t('enrolClient')}
        </button>
        <p class="hint">{words.count('seenHint', settings.settings.value.seenRetentionDays)}</p>
      </section>
      {siteSetup.value && context && frameUrl && <Deferred load={loadReadFromPage} props={{ context, frameUrl }} />}
    </>
  );
}
