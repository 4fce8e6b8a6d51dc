import { computed, signal } from '@preact/signals';
import { onChanged } from '../../store/changes';
import { TEAM_STATE_KEY } from '../../store/team';
import type { TeamHandoffsReply } from '../../messaging/team-messages';
import type { HandoffNote } from '../../model/team';
import { caseloadClient, type CaseloadClient } from '../../domain/caseload/caseload';
import { getLive } from '../../store/base';
import { onReopened, type RapportDb } from '../../store/db';

/** A handoff addressed to the user, with the client it is about when this device holds them. */
export interface HandedOver {
  note: HandoffNote;
  /** Absent until a sync round brings the client's record to this device. */
  client?: CaseloadClient;
}

/**
 * The handoffs colleagues addressed to the user, made only when the caseload view opens (it lives
 * in that lazy chunk). `list` stays null until the worker answers, and empty with sync off, while
 * locked, or without a background: the caseload then shows no "Handed over to you" group at all.
 */
/** The client a handoff is about, as this device holds them (a client erased here is not). */
export const handoffClientIn = (db: RapportDb) => async (clientId: string): Promise<CaseloadClient | undefined> => {
  const client = await getLive(db, 'clients', clientId);
  return client && caseloadClient(client);
};

export function createHandoffsModel(load: (() => Promise<TeamHandoffsReply>) | undefined, clientOf: (clientId: string) => Promise<CaseloadClient | undefined>) {
  const list = signal<HandedOver[] | null>(null);
  const error = signal<string | null>(null);
  /** The handoff being read (its server id), or null for the caseload itself. */
  const openId = signal<string | null>(null);
  /** The handoff just closed: its "read" button takes the focus back. */
  const closedId = signal<string | null>(null);
  let generation = 0;

  async function refresh() {
    if (!load) return;
    const mine = ++generation;
    try {
      const { handoffs } = await load();
      const resolved = await Promise.all(
        handoffs.map(async (note): Promise<HandedOver> => {
          const client = note.clientId === undefined ? undefined : await clientOf(note.clientId);
          return client ? { note, client } : { note };
        }),
      );
      if (mine !== generation) return;
      list.value = resolved;
      error.value = null;
    } catch (failure) {
      if (mine === generation) error.value = String(failure);
    }
  }

  const stop = onChanged((change) => {
    if ((change.store === 'meta' && change.ids.includes(TEAM_STATE_KEY)) || change.store === 'clients') void refresh();
  });
  // A client read while another context replaced the database failed.
  const offReopened = onReopened(() => void refresh());

  return {
    list,
    error,
    openId,
    /** The handoff on screen; null once a sync round retired it, so the view falls back to the caseload. */
    open: computed(() => list.value?.find((item) => item.note.serverId === openId.value) ?? null),
    closedId,
    read(serverId: string) {
      closedId.value = null;
      openId.value = serverId;
    },
    back() {
      closedId.value = openId.peek();
      openId.value = null;
    },
    refresh,
    dispose: () => {
      generation++;
      stop();
      offReopened();
    },
  };
}

export type HandoffsModel = ReturnType<typeof createHandoffsModel>;
