import { PanelContext, usePanel, type PanelSession } from '../panel';
import { LockScreen } from './LockScreen';
import { ClientView } from './ClientView';
import { NoticeBar } from './NoticeBar';
import { Drafts } from './Drafts';
import { ClientFinder } from './ClientFinder';
import { CaseloadView } from './CaseloadView';
import { SiteControls } from './SiteControls';
import { LastBackup } from './LastBackup';

/** The lock screen while locked; else the panel of this unlock, built afresh after each one. */
export function PanelRoot({ session }: { session: PanelSession }) {
  const panel = session.panel.value;
  if (!panel) return <LockScreen lock={session.lock} drafts={session.drafts} t={session.host.t} />;
  return (
    <PanelContext.Provider value={panel}>
      <App />
    </PanelContext.Provider>
  );
}

export function App() {
  const { binding, caseload, site, host, lock } = usePanel();
  const t = host.t;
  return (
    <div class="panel">
      <header class="panel-header">
        <h1>{t('panelTitle')}</h1>
        {host.openSidePanel && (
          <button type="button" class="secondary" data-testid="open-side-panel" onClick={() => void host.openSidePanel?.()}>
            {t('openInSidePanel')}
          </button>
        )}
        {lock.status.value === 'unlocked' && (
          <button type="button" class="secondary" data-testid="lock-now" onClick={() => void lock.lock()}>
            {t('lockNow')}
          </button>
        )}
      </header>
      <ViewSwitch />
      <NoticeBar />
      <ClientFinder />
      <main aria-busy={!binding.ready.value}>
        {caseload.view.value === 'caseload' ? <CaseloadView /> : binding.ready.value && <PageState />}
        {caseload.view.value !== 'caseload' && binding.ready.value && <SiteControls model={site} t={t} />}
      </main>
      <LastBackup />
    </div>
  );
}

function PageState() {
  const { binding, client, host } = usePanel();
  const t = host.t;
  const tab = binding.tab.value;
  if (client.isChosen.value) return <ChosenClient />;
  if (binding.tabId.value === undefined) return <p class="empty">{t('noTab')}</p>;
  if (!tab?.context) {
    return (
      <section class="empty" data-testid="no-client" aria-labelledby="no-client-title">
        <h2 id="no-client-title">{tab ? t('noClientOnPage') : t('pageNotRead')}</h2>
        <p>{t('noClientHint')}</p>
        <button type="button" class="secondary" data-testid="read-this-page" onClick={() => void binding.reread()}>
          {t('readThisPage')}
        </button>
        <Drafts />
      </section>
    );
  }
  return <ClientView context={tab.context} frameUrl={tab.frameUrl} />;
}

/** A client the user chose: the page is left alone, and the panel says whose record this is. */
function ChosenClient() {
  const { client, host } = usePanel();
  const pageName = client.pageContext.value?.name;
  return (
    <>
      <p class="chosen-banner" role="status" data-testid="chosen-client">
        <span>{pageName ? host.t('chosenClientPageOther', pageName) : host.t('chosenClient')}</span>
        <button type="button" class="link" data-testid="follow-page" onClick={() => client.followPage()}>
          {host.t('backToPageClient')}
        </button>
      </p>
      <ClientView context={null} />
    </>
  );
}

/** This client or the whole caseload; the overdue count says when the caseload needs a look. */
function ViewSwitch() {
  const { caseload, host } = usePanel();
  const t = host.t;
  const view = caseload.view.value;
  const overdue = caseload.overdueCount.value ?? 0;
  return (
    <nav class="view-switch" aria-label={t('viewSwitch')}>
      <button type="button" class="secondary" data-testid="view-client" aria-pressed={view === 'client'} onClick={() => (caseload.view.value = 'client')}>
        {t('viewThisClient')}
      </button>
      <button type="button" class="secondary" data-testid="view-caseload" aria-pressed={view === 'caseload'} onClick={() => (caseload.view.value = 'caseload')}>
        {t('viewCaseload')}
        {overdue > 0 && (
          <span class="badge" data-testid="caseload-count" data-count={overdue}>
            <span aria-hidden="true">{overdue}</span>
            <span class="sr-only">{t('caseloadOverdueCount', String(overdue))}</span>
          </span>
        )}
      </button>
    </nav>
  );
}
