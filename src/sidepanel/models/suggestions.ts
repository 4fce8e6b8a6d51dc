import { computed, type ReadonlySignal } from '@preact/signals';
import { suggestions } from '../../domain/suggestions/suggestions';
import type { Suggestion } from '../../domain/suggestions/types';
import { addDays, calendarDateOf, startOfLocalDay } from '../../domain/time/dates';
import { cadenceFor } from '../../domain/settings/defaults';
import type { RapportDb } from '../../store/db';
import { deleteDisposition, dispositionsForClient, recordDisposition } from '../../store/dispositions';
import type { ClientRecord, DispositionRecord } from '../../model/records';
import { createClientCollection } from './client-collection';
import type { ClientModel } from './client';
import type { Clock } from './clock';
import type { ContactsModel } from './contacts';
import type { CallbacksModel } from './callbacks';
import type { PainPointsModel } from './pain-points';
import type { SettingsModel } from './settings';

export type SnoozeLength = 'tomorrow' | 'three-days';

interface Sources {
  client: ClientModel;
  contacts: ContactsModel;
  callbacks: CallbacksModel;
  painPoints: PainPointsModel;
  settings: SettingsModel;
  clock: Clock;
  timeZone: string;
  locale: string;
}

/** The extra-mile suggestions for the client the panel works on, and how the user handles them. */
export function createSuggestionsModel(db: RapportDb, clientId: ReadonlySignal<string | undefined>, from: Sources) {
  const dispositions = createClientCollection(clientId, 'dispositions', (id) => dispositionsForClient(db, id));
  const { clock, timeZone } = from;

  const list = computed<Suggestion[]>(() => {
    const client = from.client.client.value;
    // Someone only looked at is not the user's client: nothing to suggest until they join the caseload.
    if (!client || client.enrolledAt === undefined) return [];
    // Until every source has loaded for this client, a handled suggestion would flash back.
    const sources = [dispositions, from.contacts, from.callbacks, from.painPoints];
    if (sources.some((source) => source.readyFor.value !== client.id)) return [];
    const settings = from.settings.settings.value;
    // A client chosen by hand is not the one the page shows: the page's stay dates are someone else's.
    const page = from.client.isChosen.value ? undefined : (from.client.pageContext.value ?? undefined);
    return suggestions({
      now: clock.now.value,
      timeZone,
      client: { ...client, cadence: cadenceFor(client, settings) },
      contacts: from.contacts.contacts.value,
      callbacks: from.callbacks.open.value,
      painPoints: from.painPoints.painPoints.value,
      page,
      dispositions: dispositions.items.value,
      schedule: settings.schedule,
      locale: from.locale,
    });
  });

  const handled = async (saved: DispositionRecord) => {
    await dispositions.reload();
    return saved;
  };

  /** Done is a contact made: logged with the extra-mile tag and the title as shown, so the history shows the act. */
  async function done(client: ClientRecord, suggestion: Suggestion, title: string) {
    const now = clock.now.peek();
    const contact = await from.contacts.log(client.id, {
      at: now,
      channel: suggestion.channel ?? 'call',
      direction: 'outbound',
      outcome: 'reached',
      note: title,
      tags: ['extra-mile'],
    });
    let saved: DispositionRecord;
    try {
      saved = await recordDisposition(db, { clientId: client.id, ruleId: suggestion.ruleId, key: suggestion.key, action: 'done', at: now }, now);
    } catch (error) {
      // Two stores, two transactions: take the contact back so a retry does not log it twice.
      await from.contacts.remove(contact.id);
      throw error;
    }
    const disposition = await handled(saved);
    return { contact, disposition };
  }

  async function snooze(client: ClientRecord, suggestion: Suggestion, length: SnoozeLength) {
    const now = clock.now.peek();
    const today = calendarDateOf(now, timeZone);
    const until = startOfLocalDay(addDays(today, length === 'tomorrow' ? 1 : 3), timeZone);
    return handled(
      await recordDisposition(db, { clientId: client.id, ruleId: suggestion.ruleId, key: suggestion.key, action: 'snoozed', at: now, until }, now),
    );
  }

  async function dismiss(client: ClientRecord, suggestion: Suggestion, reason: string) {
    const now = clock.now.peek();
    return handled(
      await recordDisposition(db, { clientId: client.id, ruleId: suggestion.ruleId, key: suggestion.key, action: 'dismissed', at: now, reason }, now),
    );
  }

  async function undo(disposition: DispositionRecord) {
    await dispositions.reloadAfter(deleteDisposition(db, disposition.id, clock.now.peek()));
  }

  return { list, done, snooze, dismiss, undo, dispose: dispositions.dispose };
}

export type SuggestionsModel = ReturnType<typeof createSuggestionsModel>;
