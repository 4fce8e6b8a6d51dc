import type { OptionsModel } from '../model';
import { SitesSection } from './SitesSection';
import { TaughtSection } from './TaughtSection';
import type { Translate } from './translate';

export function OptionsApp({ model, t }: { model: OptionsModel; t: Translate }) {
  const notice = model.notice.value;
  return (
    <div class="options">
      <h1>{t('optionsTitle')}</h1>
      <div class={`notice ${notice?.tone ?? ''}`} role="status" aria-live="polite" data-testid="options-notice">
        {notice?.text ?? ''}
      </div>
      <main aria-busy={!model.loaded.value}>
        <SitesSection model={model} t={t} />
        <TaughtSection model={model} t={t} />
      </main>
    </div>
  );
}
