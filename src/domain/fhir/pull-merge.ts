import { identityKey } from '../identity/identity';
import { SHARED_ELEMENTS, type SharedStore } from './shared';
import { isStayField } from './stay';
import { sameSex, type CallbackShared, type ClientShared, type ContactShared } from './read';
import type { PainPointShared } from './condition';
import { newTicks, type ChecklistShared } from './checklist-task';

/**
 * A pulled record laid over this device's: the push's rules the other way round (merge.ts).
 * Field-wise: a field this device changed and has not pushed yet stays as it is here; every other
 * shared field takes the team's value. Chart identities are only added to, and a callback done
 * here stays done. The answer is only what changes, or null when nothing does, so a record this
 * device just pushed comes back as no write at all.
 */

export type SharedFields = { clients: ClientShared; contacts: ContactShared; callbacks: CallbackShared; painPoints: PainPointShared; checklists: ChecklistShared };

/** Fields changed here and not pushed yet; 'all' for a record created or deleted here and not pushed. */
export type Pending = readonly string[] | 'all';

export function pulledPatch<S extends SharedStore>(store: S, local: SharedFields[S], server: SharedFields[S], pending: Pending | undefined): Partial<SharedFields[S]> | null {
  if (pending === 'all') return null;
  const here = local as Record<string, unknown>;
  const there = server as Record<string, unknown>;
  const patch: Record<string, unknown> = {};
  for (const field of Object.keys(SHARED_ELEMENTS[store])) {
    // The Patient says nothing of the stay: its Encounter's pull brings it (sync/apply-stay.ts).
    if (pending?.includes(field) || (store === 'clients' && isStayField(field))) continue;
    if (store === 'clients' && field === 'identities') {
      const added = newIdentities(local as ClientShared, server as ClientShared);
      if (added.length) patch.identities = [...(local as ClientShared).identities, ...added];
    } else if (store === 'clients' && field === 'sex') {
      if (!sameSex(here.sex as string | undefined, there.sex as string | undefined)) patch.sex = there.sex;
    } else if (store === 'checklists' && field === 'ticks') {
      const ticks = newTicks(here.ticks as number[], there.ticks as number[]);
      if (ticks) patch.ticks = ticks;
    } else if (store === 'callbacks' && (field === 'status' || field === 'doneAt')) {
      // Forward only: done here stays done; done there is done here, with its time.
      if (field === 'status' && here.status === 'open' && there.status === 'done') Object.assign(patch, { status: 'done', doneAt: there.doneAt });
    } else if (JSON.stringify(here[field]) !== JSON.stringify(there[field])) {
      patch[field] = there[field];
    }
  }
  return Object.keys(patch).length ? (patch as Partial<SharedFields[S]>) : null;
}

/** Charts the team knows this client by that this device does not (an identity is never removed). */
function newIdentities(local: Pick<ClientShared, 'identities'>, server: Pick<ClientShared, 'identities'>): ClientShared['identities'] {
  const known = new Set(local.identities.map((identity) => identityKey(identity.system, identity.mrn)));
  return server.identities.filter((identity) => {
    const key = identityKey(identity.system, identity.mrn);
    if (known.has(key)) return false;
    known.add(key);
    return true;
  });
}
