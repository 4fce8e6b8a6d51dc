import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import type { ChecklistItem } from '../../domain/checklists/checklist';
import { calendarDateOf } from '../../domain/time/dates';
import { itemTextKey, itemWhyKey, sourceTitleKey } from '../../domain/text/message-keys';
import type { ClientRecord } from '../../model/records';
import type { ItemState } from '../models/checklists';
import { usePanel } from '../panel';
import { InfoButton } from './InfoButton';
import { useSaver } from './use-saver';

interface Props {
  client: ClientRecord;
  templateId: string;
  item: ChecklistItem;
  state: ItemState;
  /** Item facts shown under the label (owner, due date). */
  children?: ComponentChildren;
}

/** One tickable act or item: a labelled checkbox, its tick history, and why it matters. */
export function ChecklistRow({ client, templateId, item, state, children }: Props) {
  const { checklists: lazy, host, words, formats } = usePanel();
  const checklists = lazy.get();
  const t = host.t;
  const save = useSaver();
  const [, setSettled] = useState(0);
  const ref = { clientId: client.id, templateId, itemId: item.id };
  const inputId = `check-${item.id}`;
  const last = state.ticks.at(-1);
  const lastDate = last === undefined ? undefined : calendarDateOf(last, host.timeZone);
  // Only the user's own tick can be taken back; an act the record proves stays ticked.
  const locked = state.auto !== undefined && !state.ticked;
  const text = t(itemTextKey(item.id));

  const toggle = async () => {
    if (state.ticked) {
      await save(() => checklists.untick(ref), {
        done: t('checklistUnticked', [text, client.name]),
        undo: async (removed) => {
          if (removed !== undefined) await checklists.restore(ref, removed);
        },
      });
    } else {
      await save(() => checklists.tick(ref), {
        done: t('checklistTicked', [text, client.name]),
        undo: () => checklists.untick(ref),
      });
    }
    // The box flipped on click; re-rendering sets it from the store again, so a failed write
    // does not leave it showing a tick that was never saved.
    setSettled((n) => n + 1);
  };

  return (
    <li
      class={`checklist-item${state.checked ? ' checked' : ''}`}
      data-testid="checklist-item"
      data-item-id={item.id}
      data-checked={String(state.checked)}
      data-last-done={lastDate ?? ''}
    >
      <input
        type="checkbox"
        id={inputId}
        checked={state.checked}
        disabled={locked}
        aria-describedby={`${inputId}-why`}
        onChange={() => void toggle()}
      />
      <div class="item-body">
        <div class="item-line">
          <label for={inputId}>{text}</label>
          <InfoButton id={`${inputId}-why`} label={t('whyAndSource')}>
            {t('whySource', [t(itemWhyKey(item.id)), t(sourceTitleKey(item.sourceId))])}
          </InfoButton>
        </div>
        {children}
        {state.auto && <p class="auto">{t('tickedAutomatically', words.say(state.auto.reason))}</p>}
        {lastDate !== undefined && (
          <p class="history">
            {t('lastDone')} <time dateTime={lastDate}>{formats.date(lastDate)}</time> · {words.count('timesDone', state.ticks.length)}
          </p>
        )}
      </div>
    </li>
  );
}
