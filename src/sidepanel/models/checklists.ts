import { computed, type ReadonlySignal } from '@preact/signals';
import type { RapportDb } from '../../store/db';
import { callbacksForClient } from '../../store/callbacks';
import { checklistsForClient, restoreTick, tickItem, untickLast, type ChecklistItemRef } from '../../store/checklists';
import { autoTicks, type AutoTick } from '../../domain/checklists/auto-ticks';
import { TRUST_TEMPLATE_ID } from '../../domain/checklists/checklist';
import { createClientCollection } from './client-collection';
import type { Clock } from './clock';
import type { ContactRecord, PainPointRecord } from '../../model/records';
import { DAY_MS } from '../../domain/time/dates';

/** A trust act counts as done for this long: the same act is worth doing again next month. */
export const TRUST_WINDOW_DAYS = 30;

export interface ItemState {
  /** Every tick the user made, oldest first. */
  ticks: readonly number[];
  /** The user ticked it within the period that counts. */
  ticked: boolean;
  /** The record proves it by itself (trust acts only). */
  auto?: AutoTick;
  checked: boolean;
}

/** Ticks at or after `since` count; older ones stay as history. */
export function itemState(ticks: readonly number[], since: number, now: number, auto?: AutoTick): ItemState {
  const ticked = ticks.some((at) => at >= since && at <= now);
  return { ticks, ticked, auto, checked: ticked || auto !== undefined };
}

/** The client's checklist ticks (trust and discharge) and the trust acts the record ticks itself. */
export function createChecklistsModel(
  db: RapportDb,
  clientId: ReadonlySignal<string | undefined>,
  clock: Clock,
  timeZone: string,
  record: { contacts: ReadonlySignal<readonly ContactRecord[]>; painPoints: ReadonlySignal<readonly PainPointRecord[]> },
) {
  const rows = createClientCollection(clientId, 'checklists', (id) => checklistsForClient(db, id));
  // Done callbacks too: the on-time rule judges the ones already returned.
  const callbacks = createClientCollection(clientId, 'callbacks', (id) => callbacksForClient(db, id));
  const auto = computed(() =>
    autoTicks({
      now: clock.now.value,
      timeZone,
      callbacks: callbacks.items.value,
      contacts: record.contacts.value,
      painPoints: record.painPoints.value,
      windowDays: TRUST_WINDOW_DAYS,
    }),
  );

  const ticksOf = (templateId: string, itemId: string): readonly number[] =>
    rows.items.value.find((row) => row.templateId === templateId && row.itemId === itemId)?.ticks ?? [];

  const trustState = (itemId: string): ItemState =>
    itemState(ticksOf(TRUST_TEMPLATE_ID, itemId), clock.now.value - TRUST_WINDOW_DAYS * DAY_MS, clock.now.value, auto.value.get(itemId));

  async function tick(ref: ChecklistItemRef) {
    return rows.reloadAfter(tickItem(db, ref, clock.now.peek()));
  }

  /** Takes the latest tick off; resolves to its time so that Undo can put it back. */
  async function untick(ref: ChecklistItemRef): Promise<number | undefined> {
    const row = rows.items.peek().find((r) => r.templateId === ref.templateId && r.itemId === ref.itemId);
    try {
      // The tick shown as latest is the one meant: if another window ticked since, refuse.
      await untickLast(db, ref, clock.now.peek(), row?.rev);
    } finally {
      await rows.reload();
    }
    return row?.ticks.at(-1);
  }

  async function restore(ref: ChecklistItemRef, at: number) {
    await rows.reloadAfter(restoreTick(db, ref, at, clock.now.peek()));
  }

  return {
    ticksOf,
    trustState,
    tick,
    untick,
    restore,
    reload: () => Promise.all([rows.reload(), callbacks.reload()]),
    dispose: () => {
      rows.dispose();
      callbacks.dispose();
    },
  };
}

export type ChecklistsModel = ReturnType<typeof createChecklistsModel>;
