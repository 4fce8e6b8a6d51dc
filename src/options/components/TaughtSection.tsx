import { FIELD_LABEL_KEYS } from '../../context/types';
import type { OptionsModel } from '../model';
import type { Translate } from '../../ui/translate';
import { DATE_ORDER_KEYS } from '../../ui/field-labels';
import type { SiteRecord } from '../../model/records';
import { CONTEXT_FIELDS } from '../../model/context';

export function TaughtSection({ model, t }: { model: OptionsModel; t: Translate }) {
  const profiles = model.profiles.value;
  return (
    <section aria-labelledby="taught-title">
      <h2 id="taught-title">{t('optionsTaughtTitle')}</h2>
      <p class="hint">{t('optionsTaughtHint')}</p>
      {profiles.length === 0 ? (
        <p data-testid="options-taught-none">{t('optionsTaughtNone')}</p>
      ) : (
        <ul class="entries">
          {profiles.map((profile) => (
            <ProfileItem key={profile.id} profile={profile} model={model} t={t} />
          ))}
        </ul>
      )}
    </section>
  );
}

function ProfileItem({ profile, model, t }: { profile: SiteRecord; model: OptionsModel; t: Translate }) {
  const fields = CONTEXT_FIELDS.filter((field) => profile.selectors[field] !== undefined);
  const captionId = `profile-${profile.id}`;
  return (
    <li class="entry" data-testid="options-profile" data-origin={profile.origin}>
      <div>
        <strong id={captionId}>{profile.origin}</strong>
        {profile.dateOrder && <div class="hint">{t('optionsTaughtDateOrder', t(DATE_ORDER_KEYS[profile.dateOrder]))}</div>}
        <table aria-labelledby={captionId}>
          <thead>
            <tr>
              <th scope="col">{t('field')}</th>
              <th scope="col">{t('optionsSelector')}</th>
            </tr>
          </thead>
          <tbody>
            {fields.map((field) => (
              <tr key={field} data-field={field}>
                <th scope="row">{t(FIELD_LABEL_KEYS[field])}</th>
                <td>
                  <code>{profile.selectors[field]}</code>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <button
        type="button"
        class="secondary"
        data-testid="options-delete"
        aria-label={t('optionsDeleteLabel', profile.origin)}
        onClick={() => void model.deleteProfile(profile, profile.origin)}
      >
        {t('optionsDelete')}
      </button>
    </li>
  );
}
