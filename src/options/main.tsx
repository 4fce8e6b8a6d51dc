import { render } from 'preact';
import { openRapportDb } from '../store/db';
import { onChanged } from '../store/changes';
import { extensionOptionsHost } from './host-extension';
import { createOptionsModel } from './model';
import { OptionsApp } from './components/OptionsApp';

async function main() {
  const host = extensionOptionsHost();
  document.title = host.t('optionsTitle');
  const model = createOptionsModel(host, await openRapportDb());
  render(<OptionsApp model={model} t={host.t} />, document.getElementById('root') as HTMLElement);
  // A panel teaching a site while this page is open: show the new profile without a reload.
  onChanged((change) => {
    if (change.store === 'sites') void model.loadProfiles();
  });
  await model.load();
}

void main();
