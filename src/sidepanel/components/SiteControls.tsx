import { TEACH_FIELDS, type SiteModel, type TeachState } from '../models/site';
import type { ContextField, DateOrder } from '../../model/context';
import type { Translate } from '../../ui/translate';
import { DATE_ORDER_KEYS } from '../../ui/field-labels';
import { FIELD_LABEL_KEYS } from '../../context/types';

const STATUS_KEYS = {
  'built-in': 'siteStatusBuiltIn',
  enabled: 'siteStatusEnabled',
  'not-enabled': 'siteStatusNotEnabled',
  unsupported: 'siteStatusUnsupported',
} as const;
const DATE_ORDERS: Record<string, string> = { '': 'dateOrderUnsure', ...DATE_ORDER_KEYS };

const fieldLabel = (t: Translate, field: ContextField) => t(FIELD_LABEL_KEYS[field]);

/** "Read this site" and "Teach this site": whether Rapport reads the page's site, and teaching it by pointing. */
export function SiteControls({ model, t }: { model: SiteModel; t: Translate }) {
  const access = model.access.value;
  const teach = model.teach.value;
  const message = model.message.value;
  if (access === 'unknown') return null;
  return (
    <section class="site-controls" aria-labelledby="site-controls-title" data-testid="site-controls">
      <h3 id="site-controls-title">{t('siteSectionTitle')}</h3>
      <p class="hint" data-testid="site-status" data-status={access}>
        {t(STATUS_KEYS[access], model.site.value)}
      </p>
      <div class="buttons">
        {access === 'not-enabled' && (
          <button type="button" data-testid="read-this-site" onClick={() => void model.enable()}>
            {t('readThisSite')}
          </button>
        )}
        {model.readable.value && !teach && access !== 'unsupported' && (
          <button type="button" class="secondary" data-testid="teach-site" onClick={() => void model.startTeaching()}>
            {t('teachThisSite')}
          </button>
        )}
      </div>
      {teach && <TeachSteps model={model} teach={teach} t={t} />}
      <p role="status" class={message?.tone === 'error' ? 'error' : 'hint'} data-testid="site-message">
        {message ? t(message.key, message.substitutions) : ''}
      </p>
    </section>
  );
}

function TeachSteps({ model, teach, t }: { model: SiteModel; teach: TeachState; t: Translate }) {
  const step = teach.step;
  return (
    <div class="card teach" data-testid="teach" aria-labelledby="teach-title">
      <h4 id="teach-title">{t('teachTitle', model.site.value)}</h4>
      {step === 'review' ? (
        <p>{t('teachReview')}</p>
      ) : (
        <p class="warning" data-testid="teach-waiting" data-field={step}>
          {t('teachWaitingFor', fieldLabel(t, step))}
        </p>
      )}
      <table class="teach-picks">
        <tbody>
          {TEACH_FIELDS.map((field) => {
            const pick = teach.picks[field];
            return (
              <tr key={field} data-testid="teach-pick" data-field={field} data-picked={String(Boolean(pick))}>
                <th scope="row">{fieldLabel(t, field)}</th>
                <td>
                  {pick ? (
                    <>
                      <span data-testid="teach-pick-text">{pick.text}</span>
                      <code class="selector">{pick.selector}</code>
                    </>
                  ) : (
                    <span class="hint">{step === field ? t('teachWaiting') : t('teachNotPicked')}</span>
                  )}
                </td>
                <td>
                  {pick && (
                    <button
                      type="button"
                      class="link"
                      aria-label={t('teachRepickField', fieldLabel(t, field))}
                      onClick={() => model.repick(field)}
                    >
                      {t('teachRepick')}
                    </button>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {step === 'review' && (
        <label>
          {t('teachDateOrder')}
          <select
            data-testid="teach-date-order"
            value={teach.dateOrder ?? ''}
            onChange={(event) => model.setDateOrder((event.currentTarget.value || undefined) as DateOrder | undefined)}
          >
            {Object.entries(DATE_ORDERS).map(([value, key]) => (
              <option key={value} value={value}>
                {t(key)}
              </option>
            ))}
          </select>
        </label>
      )}
      <div class="buttons">
        {step !== 'review' && step !== 'name' && (
          <button type="button" class="secondary" data-testid="teach-skip" onClick={() => model.skip()}>
            {t('teachSkip')}
          </button>
        )}
        {step === 'review' && (
          <button type="button" data-testid="teach-save" disabled={!teach.picks.name} onClick={() => void model.save()}>
            {t('teachSave')}
          </button>
        )}
        <button type="button" class="secondary" data-testid="teach-cancel" onClick={() => model.cancel()}>
          {t('cancel')}
        </button>
      </div>
    </div>
  );
}
