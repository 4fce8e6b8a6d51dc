import { render } from 'preact';
import { openRapportDb } from '../store/db';
import { extensionHost } from './host-extension';
import { createPanel, PanelContext } from './panel';
import { App } from './components/App';

async function main() {
  const root = document.getElementById('root') as HTMLElement;
  const host = extensionHost(location);
  document.title = host.t('panelTitle');
  const panel = createPanel(host, await openRapportDb());
  render(
    <PanelContext.Provider value={panel}>
      <App />
    </PanelContext.Provider>,
    root,
  );
  await panel.start();
}

void main();
