import { siteLabel } from '../../domain/sites/site-access';
import type { OptionsModel, SiteEntry } from '../model';
import type { Translate } from '../../ui/translate';

/** Which site a host pattern is, in words: "ehr.example.org" and "https, any port". */
function describeSite(t: Translate, pattern: string) {
  const { host, scheme, everySite } = siteLabel(pattern);
  const schemeText = scheme === '*' ? 'http/https' : scheme;
  return everySite
    ? { name: t('optionsEverySite', schemeText), detail: pattern }
    : { name: host, detail: t('optionsAnyPort', schemeText) };
}

export function SitesSection({ model, t }: { model: OptionsModel; t: Translate }) {
  const sites = model.sites.value;
  return (
    <section aria-labelledby="sites-title">
      <h2 id="sites-title">{t('optionsSitesTitle')}</h2>
      <p class="hint">{t('optionsSitesHint')}</p>
      {sites.length === 0 ? (
        <p data-testid="options-sites-none">{t('optionsSitesNone')}</p>
      ) : (
        <ul class="entries">
          {sites.map((entry) => (
            <SiteItem key={entry.pattern} entry={entry} model={model} t={t} />
          ))}
        </ul>
      )}
    </section>
  );
}

function SiteItem({ entry, model, t }: { entry: SiteEntry; model: OptionsModel; t: Translate }) {
  const { name, detail } = describeSite(t, entry.pattern);
  const taught = model.profiles.value.some((profile) => siteLabel(entry.pattern).host === new URL(profile.origin).hostname);
  return (
    <li class="entry" data-testid="options-site" data-pattern={entry.pattern} data-built-in={String(entry.builtIn)}>
      <div>
        <strong>{name}</strong>
        <span class="tag">{entry.builtIn ? t('optionsBuiltIn') : t('optionsGranted')}</span>
        {taught && <span class="tag">{t('optionsTaughtSite')}</span>}
        <div class="hint">{detail}</div>
      </div>
      {!entry.builtIn && (
        <button
          type="button"
          class="secondary"
          data-testid="options-revoke"
          aria-label={t('optionsRevokeLabel', name)}
          onClick={() => void model.revoke(entry, name)}
        >
          {t('optionsRevoke')}
        </button>
      )}
    </li>
  );
}
