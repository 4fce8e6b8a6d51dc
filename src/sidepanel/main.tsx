import { render } from 'preact';
import { openRapportDb } from '../store/db';
import { extensionHost } from './host-extension';
import { createPanel, PanelContext } from './panel';
import { createBindingModel } from './models/binding';
import { App } from './components/App';

async function main() {
  const root = document.getElementById('root') as HTMLElement;
  const host = extensionHost(location);
  document.title = host.t('panelTitle');
  // What the page shows is asked for while the database opens: the client appears sooner.
  const binding = createBindingModel(host);
  void binding.start();
  const panel = createPanel(host, await openRapportDb(), binding);
  render(
    <PanelContext.Provider value={panel}>
      <App />
    </PanelContext.Provider>,
    root,
  );
  await panel.start();
}

void main();
