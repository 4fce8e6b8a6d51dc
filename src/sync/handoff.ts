import { HANDOFF_IDENTIFIER_SYSTEM, HANDOFF_TYPE_TOKEN, handoffProvenance, readHandoff } from '../domain/fhir/handoff';
import type { HandoffNote, TeamMember } from '../model/team';
import type { FhirResource } from './bundle';
import type { SearchBundle } from './pull';
import { chunks, type TeamRefresh } from './team';
import { searchEach } from './batch-read';
import { changedSince, changedSinceUrl, newestChange, newestChangeUrl, newestIn } from './changed';
import type { Checkpoint } from './pull';
import { patientsInScope } from '../domain/team/care-teams';
import { rewrite } from './rewrite';
import type { Send } from './transport';

/**
 * Handoffs on the server. Writing one is two steps, each safe to replay: the Composition is
 * created conditionally on its identifier (client, colleague, cover), then its Provenance only if
 * none targets it yet (R4's Provenance has no identifier to create conditionally on), so an answer
 * lost or a worker stopped between the two writes nothing twice and leaves no handoff unsigned.
 */

/** True when the Composition was created now, false when a replay found it there. */
export async function writeHandoff(send: Send, composition: Record<string, unknown>, identifierValue: string, user: TeamMember, now: number): Promise<boolean> {
  const { body, status } = await send<FhirResource & { id: string }>('POST', 'Composition', {
    json: composition,
    headers: { 'if-none-exist': `identifier=${encodeURIComponent(`${HANDOFF_IDENTIFIER_SYSTEM}|${identifierValue}`)}` },
  });
  const reference = `Composition/${body.id}`;
  const { body: signed } = await send<SearchBundle<FhirResource>>('GET', `Provenance?target=${encodeURIComponent(reference)}&_count=1`);
  if (!signed.entry?.length) await send('POST', 'Provenance', { json: handoffProvenance(reference, user, now) });
  return status === 201;
}

/** Live Rapport handoffs addressed to `user` about the patients given (the round's scope). */
export async function handoffsTo(send: Send, user: string, patients: readonly string[]): Promise<HandoffNote[]> {
  const notes: HandoffNote[] = [];
  const urls = chunks(patients).map((group) => `Composition?${new URLSearchParams({ _count: '100', type: HANDOFF_TYPE_TOKEN, subject: group.map((id) => `Patient/${id}`).join(',') })}`);
  for (const resources of await searchEach<FhirResource>(send, urls)) {
    for (const resource of resources) {
      const note = readHandoff(resource);
      if (note?.to === user) notes.push(note);
    }
  }
  return notes.sort((a, b) => a.writtenAt - b.writtenAt);
}

/**
 * The handoffs addressed to the user about the round's scope, and where the next round's look for
 * changed ones starts. With nothing to start from (`refresh.previous` absent: a first round, other
 * people) they are searched whole, a page per 50 patients (a supervisor of 5,000 clients: 100
 * searches), not at each whole CareTeam search: what makes those due (a team hidden from the user,
 * a client not yet claimed) takes a patient out of the scope or brings it in, and a patient new to
 * the scope has its handoffs searched. Otherwise the round asks which handoffs changed
 * server-wide, as patient references only (changed.ts), and searches again only the patients in
 * scope among them and those new to the scope (a handoff written before its patient joined the
 * user's teams is not a change), keeping what it held for the others.
 */
export async function refreshHandoffs(send: Send, refresh: TeamRefresh, first?: SearchBundle): Promise<{ notes: HandoffNote[]; since: Checkpoint }> {
  const { state, scope, people, previous } = refresh;
  const changed = previous?.handoffsSince ? await changedSince(send, 'Composition', previous.handoffsSince, { type: HANDOFF_TYPE_TOKEN }, first) : undefined;
  if (!previous || !changed) {
    const since = first && !previous?.handoffsSince ? newestIn(first) : await newestChange(send, 'Composition', { type: HANDOFF_TYPE_TOKEN });
    return { notes: await handoffsTo(send, state.user, [...scope]), since };
  }
  const before = patientsInScope(previous.careTeams, people, previous.refreshedAt);
  const search = [...scope].filter((patient) => changed.patients.has(patient) || !before.has(patient));
  const searched = new Set(search);
  const kept = (previous.handoffs ?? []).filter((note) => scope.has(note.patientId) && !searched.has(note.patientId));
  const notes = [...kept, ...(await handoffsTo(send, state.user, search))].sort((a, b) => a.writtenAt - b.writtenAt);
  return { notes, since: changed.checkpoint };
}

/**
 * The first search refreshHandoffs makes, for a round that asks it with others (the pull's probes):
 * `first`, its answer, is handed to refreshHandoffs.
 */
export function handoffProbeUrl({ previous }: TeamRefresh): string {
  return previous?.handoffsSince ? changedSinceUrl('Composition', previous.handoffsSince, { type: HANDOFF_TYPE_TOKEN }) : newestChangeUrl('Composition', { type: HANDOFF_TYPE_TOKEN });
}

/**
 * A called-off cover's handoff is retired by its status alone (entered-in-error), with If-Match:
 * the colleague's next round drops it, and servers that keep no deletion history still say what happened.
 */
export async function retireHandoff(send: Send, identifierValue: string): Promise<number> {
  const { body } = await send<SearchBundle<FhirResource & { id: string }>>('GET', `Composition?identifier=${encodeURIComponent(`${HANDOFF_IDENTIFIER_SYSTEM}|${identifierValue}`)}`);
  let retired = 0;
  for (const entry of body.entry ?? []) {
    if (!entry.resource) continue;
    const { written } = await rewrite(send, `Composition/${entry.resource.id}`, (server) => (server.status === 'entered-in-error' ? undefined : { ...server, status: 'entered-in-error' }));
    if (written) retired++;
  }
  return retired;
}
