import type { OptionsModel } from '../model';
import type { Translate } from '../../ui/translate';
import { DATE_ORDER_KEYS } from '../../ui/field-labels';
import type { SiteRecord } from '../../model/records';
import { FieldTable } from '../../ui/FieldTable';

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
  const captionId = `profile-${profile.id}`;
  return (
    <li class="entry" data-testid="options-profile" data-origin={profile.origin}>
      <div>
        <strong id={captionId}>{profile.origin}</strong>
        {profile.dateOrder && <div class="hint">{t('optionsTaughtDateOrder', t(DATE_ORDER_KEYS[profile.dateOrder]))}</div>}
        <FieldTable
          t={t}
          labelledBy={captionId}
          columns={[t('optionsSelector')]}
          cells={Object.fromEntries(Object.entries(profile.selectors).flatMap(([field, selector]) => (selector === undefined ? [] : [[field, [<code>{selector}</code>]]])))}
        />
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
