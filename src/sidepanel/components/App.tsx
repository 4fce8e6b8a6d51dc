import { useCallback, useEffect, useState } from 'preact/hooks';
import { PanelContext, usePanel, type PanelSession } from '../panel';
import type { LockScreen } from './LockScreen';
import { ClientView } from './ClientView';
import { NoticeBar } from './NoticeBar';
import { ClientFinder } from './ClientFinder';
import { Menu } from './Menu';
import { Deferred } from './Deferred';
import type { Translate } from '../../ui/translate';

// Not on the first screen: their code loads when they are first shown.
const loadCaseloadView = () => import('./CaseloadView').then((module) => module.CaseloadView);
const loadSyncLine = () => import('./SyncLine').then((module) => module.SyncLine);
const loadLastBackup = () => import('./LastBackup').then((module) => module.LastBackup);
/** Open forms are modal dialogs: no place on screen to hold, and none can be open before a click. */
const loadDrafts = () => import('./Drafts').then((module) => module.Drafts);
/** Only a panel opened while locked needs the lock screen: most users never set a passphrase. */
const loadLockScreen = () => import('./LockScreen').then((module) => module.LockScreen);

/** The lock screen while locked; else the panel of this unlock, built afresh after each one. */
export function PanelRoot({ session }: { session: PanelSession }) {
  const panel = session.panel.value;
  if (!panel) return <Locked session={session} />;
  return (
    <PanelContext.Provider value={panel}>
      <App />
    </PanelContext.Provider>
  );
}

/**
 * The lock screen as soon as its code is there. Nothing stands in for it meanwhile: no model
 * exists while locked, so there is nothing of the client to show, and no placeholder to jump from.
 */
function Locked({ session }: { session: PanelSession }) {
  const [Screen, setScreen] = useState<typeof LockScreen | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let mounted = true;
    loadLockScreen().then(
      (component) => mounted && setScreen(() => component),
      (error: unknown) => {
        console.warn('[rapport] lock screen load', error);
        if (mounted) setFailed(true);
      },
    );
    return () => {
      mounted = false;
    };
  }, []);
  if (failed) {
    return (
      <p class="error" role="alert">
        {session.host.t('sectionLoadFailed')}
      </p>
    );
  }
  return Screen && <Screen lock={session.lock} drafts={session.drafts} t={session.host.t} />;
}

export function App() {
  const { binding, caseload, host } = usePanel();
  const t = host.t;
  return (
    <div class="panel">
      <header class="panel-header">
        <h1 class="sr-only">{t('panelTitle')}</h1>
        <ViewSwitch />
        <HeaderActions />
      </header>
      <ClientFinder />
      <main aria-busy={!binding.ready.value}>
        <SiteSetup />
        {caseload.view.value === 'caseload' ? <Deferred load={loadCaseloadView} props={{}} /> : binding.ready.value && <PageState />}
      </main>
      <SyncStatus />
      <Deferred load={loadLastBackup} props={{}} />
      <Deferred load={loadDrafts} props={{}} />
      <NoticeBar />
    </div>
  );
}

/** Lock stays one click away (a passphrase is set); the rest of the panel's tools sit in the menu. */
function HeaderActions() {
  const { host, lock, siteSetup } = usePanel();
  const t = host.t;
  return (
    <div class="header-actions">
      {lock.status.value === 'unlocked' && (
        <button type="button" class="secondary" data-testid="lock-now" onClick={() => void lock.lock()}>
          {t('lockNow')}
        </button>
      )}
      <Menu label={t('panelMenu')}>
        {(close) => (
          <>
            <button
              type="button"
              class="menu-item"
              data-testid="menu-site-setup"
              aria-pressed={siteSetup.value}
              onClick={() => {
                siteSetup.value = !siteSetup.value;
                close();
              }}
            >
              {t('menuSiteSetup')}
            </button>
            {host.openSidePanel && (
              <button type="button" class="menu-item" data-testid="open-side-panel" onClick={() => void host.openSidePanel?.()}>
                {t('openInSidePanel')}
              </button>
            )}
            <a class="menu-item" href="../options/index.html" target="_blank" rel="noopener" data-testid="menu-options">
              {t('menuOptions')}
            </a>
          </>
        )}
      </Menu>
    </div>
  );
}

/** Team sync's line: its code (and the status request) only where a background answers it. */
function SyncStatus() {
  const { host, clock, words } = usePanel();
  return host.syncStatus ? <Deferred load={loadSyncLine} props={{ status: host.syncStatus, now: clock.now, words }} /> : null;
}

/**
 * "Read this site" and "Teach this site": shown when asked for from the menu, while teaching runs
 * or has something to say, and on a page where nothing was read (where they are the way forward).
 */
function SiteSetup() {
  const { site, siteSetup, binding, client, caseload, host } = usePanel();
  const loadSiteControls = useCallback(
    () =>
      Promise.all([import('./SiteControls'), site.load()]).then(
        ([{ SiteControls }, model]) =>
          ({ t }: { t: Translate }) => <SiteControls model={model} t={t} />,
      ),
    [site],
  );
  const nothingRead = binding.ready.value && !client.isChosen.value && !binding.tab.value?.context && caseload.view.value === 'client';
  // Teaching and its messages only begin from the controls: before the model loads there are none.
  const model = site.current.value;
  if (!siteSetup.value && !model?.teach.value && !model?.message.value && !nothingRead) return null;
  return <Deferred load={loadSiteControls} props={{ t: host.t }} />;
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
  const { caseload, host, words } = usePanel();
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
            <span class="sr-only">{words.count('caseloadOverdueCount', overdue)}</span>
          </span>
        )}
      </button>
    </nav>
  );
}
