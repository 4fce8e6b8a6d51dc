import { usePanel } from '../panel';
import { ClientView } from './ClientView';
import { NoticeBar } from './NoticeBar';
import { Drafts } from './Drafts';

export function App() {
  const { binding, host } = usePanel();
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
      </header>
      <NoticeBar />
      <main aria-busy={!binding.ready.value}>
        {binding.ready.value && <PageState />}
      </main>
    </div>
  );
}

function PageState() {
  const { binding, host } = usePanel();
  const t = host.t;
  const tab = binding.tab.value;
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
