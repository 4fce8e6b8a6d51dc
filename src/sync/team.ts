import type { Bundle } from '@medplum/fhirtypes';
import type { RapportDb } from '../store/db';
import { saveTeamState, type MetaSealer } from '../store/team';
import { CARE_TEAM_IDENTIFIER_SYSTEM, careTeamResource, readCareTeam, relativeReference } from '../domain/fhir/care-team';
import { practitionerName, readPractitionerRole } from '../domain/fhir/practitioner-role';
import { patientsInScope } from '../domain/team/care-teams';
import type { CareTeam, TeamMember, TeamRole, TeamState } from '../model/team';
import { BATCH_ENTRIES, type FhirResource } from './bundle';
import { loadServerIds, recordKey, storedRows } from './outbox';
import { firstPageUrl, type Checkpoint, type SearchBundle } from './pull';
import { changedSince, changedSinceUrl, newestChange, newestChangeUrl, newestIn, type Changed } from './changed';
import { everyMatch, firstPages, searchEach } from './batch-read';
import { throwIfAnyRefused } from './push';
import type { Send } from './transport';
import { DAY_MS } from '../domain/time/dates';
import { keepTeamed, loadTeamed } from './teamed';

/**
 * The team half of a round: what the server says about the signed-in user's team, restated each
 * round (model/team.ts), whole or by what changed (refreshTeam). Who the user is comes from SMART's
 * `fhirUser`; their role and team from their PractitionerRoles (domain/fhir/practitioner-role.ts);
 * their clients from the CareTeams they take part in. A supervisor's "people" are the whole team,
 * so a supervisor's device syncs every colleague's clients. A client this device pushed that has no CareTeam on the
 * server yet gets one, with the user as its primary care manager: otherwise the user's own clients
 * would fall outside their own scope.
 */

/** References per search: a comma list of 50 server ids keeps the URL near 2.5 KB, under every server's limit. */
export const IDS_PER_SEARCH = 50;

export function chunks<T>(items: readonly T[], size = IDS_PER_SEARCH): T[][] {
  const out: T[][] = [];
  for (let start = 0; start < items.length; start += size) out.push(items.slice(start, start + size));
  return out;
}

type Json = FhirResource;

const query = (params: Record<string, string>) => new URLSearchParams({ _count: '100', ...params }).toString();

/**
 * CareTeams per page of a whole search: a supervisor's 5,000 teams in 5 requests, not 50 (each a
 * round trip, and for the server a query that skips every row before its page). A server that
 * pages smaller says so by its `next` links, which everyMatch follows.
 */
const TEAMS_PER_PAGE = '1000';

export interface TeamRefresh {
  state: TeamState;
  /** The people whose clients this device syncs: the user, and for a supervisor the whole team. */
  people: Set<string>;
  /** Patients (server ids) in scope now. */
  scope: Set<string>;
  /** CareTeams that did not map, in words. */
  problems: string[];
  /**
   * The state the last round kept, when it was for the same people (role and colleagues): what
   * changed since is looked for from there (the handoffs, handoff.ts), whether the CareTeams were
   * searched whole this round or not.
   */
  previous?: TeamState;
  /** The first pages of the searches the caller asked to have asked alongside (refreshTeam's `also`), in its order. */
  also: SearchBundle[];
  /** The state the last round saved, when that round finished: its links still hold (team-links.ts). */
  finished?: TeamState;
}

/**
 * How this round learns the CareTeams. Searching them whole costs a page per 100 teams every round
 * (a supervisor of 5,000 clients: 50 pages), so a round asks which CareTeams changed since the last
 * one, server-wide and as references only (changed.ts: a `participant` search cannot show a team
 * the user was just taken off, and other clients' teams are not this device's to read), then reads
 * whole the changed teams that name the user's people (`participant`, `_lastUpdated`) and merges
 * them into the stored state: a team read replaces the one held, a held team that changed and was
 * not read names none of them any more and is dropped. A quiet round's CareTeams cost one search.
 *
 * What that cannot show is a team the user may no longer read at all (a server that lets care
 * managers read only their own teams hides the one they were taken off): that membership lapses at
 * the next whole search. So a round searches whole when there is nothing to start from (first
 * round, another server or user, a state kept before checkpoints), once a day, after a sign-in (the
 * user's access may have changed), when the user's role or colleagues changed (a supervisor's
 * people are the search), when too much changed to page through, and after a round that failed or
 * stopped: that round may have pushed a client whose CareTeam it had not claimed yet, and only the
 * whole search looks at every client for one to claim.
 */
export const FULL_REFRESH_EVERY_MS = DAY_MS;

/** Written when a round starts, deleted once it kept its team state: found at the start of the next, the last round failed or stopped. */
export const ROUND_MARK_KEY = 'sync:team:round';

export interface RefreshBasis {
  /** The team state the last round kept (store/team.ts's loadTeamState), if any. */
  stored?: TeamState;
  /** The connection's sign-in (settings' connectedAt). */
  connectedAt?: number;
}

/** `also`: searches of the caller's to ask in the round's first request (the copies a push merges onto: copies-ahead.ts). */
export async function refreshTeam(db: RapportDb, send: Send, fhirBase: string, fhirUser: string, now: number, basis: RefreshBasis = {}, also: readonly string[] = []): Promise<TeamRefresh> {
  const user = relativeReference(fhirUser);
  const problems: string[] = [];
  const unfinished = (await db.get('meta', ROUND_MARK_KEY)) !== undefined;
  await db.put('meta', { key: ROUND_MARK_KEY, value: now });
  const { stored } = basis;
  const wholeDue =
    unfinished ||
    !stored?.careTeamsSince ||
    stored.fullRefreshAt === undefined ||
    !(stored.fullRefreshAt <= now && now - stored.fullRefreshAt < FULL_REFRESH_EVERY_MS) ||
    (basis.connectedAt !== undefined && stored.fullRefreshAt < basis.connectedAt);
  // One request asks who the user is and where this round's CareTeams start (what changed since
  // the last round, or the newest team before a whole search): both before what depends on them.
  const [userRead, [careTeamsFirst, ...alsoPages]] = await readUser(send, user, wholeDue ? newestChangeUrl('CareTeam') : changedSinceUrl('CareTeam', stored!.careTeamsSince!), also);
  const { role, teams, userDisplay } = userRead;
  // The next request asks the colleagues and, for the people the user had, the teams the round reads:
  // when the role or colleagues turn out changed, the round searches whole and those teams are not used.
  // A supervisor new to the role has no colleagues to expect: their teams are asked once the colleagues are known.
  const expected = role === 'supervisor' && stored?.role !== 'supervisor' ? undefined : new Set([user, ...(role === 'supervisor' ? stored!.colleagues.map((colleague) => colleague.member) : [])]);
  let changed: Changed | undefined;
  let careTeamUrls: string[] = [];
  if (!wholeDue) changed = await changedSince(send, 'CareTeam', stored!.careTeamsSince!, {}, careTeamsFirst);
  // Each changed team's patient has a team: the daily claim need not ask about it (teamed.ts).
  if (changed?.patients.size) await keepTeamed(db, fhirBase, await loadTeamed(db, fhirBase), changed.patients);
  if (expected && wholeDue) careTeamUrls = wholeSearches(expected);
  else if (expected && changed?.ids.size) careTeamUrls = sinceSearches(expected, stored!.careTeamsSince!);
  const [colleagues, careTeamPages] = await readColleagues(send, user, teams, careTeamUrls);
  const people = new Set([user, ...(role === 'supervisor' ? colleagues.map((colleague) => colleague.member) : [])]);
  const fullDue = wholeDue || !changed || stored!.role !== role || !sameMembers(stored!.colleagues, colleagues);
  const asked = expected && sameSet(people, expected) && careTeamUrls.length > 0 ? careTeamPages : undefined;
  const merged = fullDue ? undefined : await changedTeams(send, stored!.careTeamsSince!, changed!, stored!.careTeams, people, problems, asked);
  let careTeams: Map<string, CareTeam>;
  let careTeamsSince: Checkpoint;
  if (merged) {
    ({ careTeams, checkpoint: careTeamsSince } = merged);
  } else {
    problems.length = 0;
    careTeamsSince = wholeDue ? newestIn(careTeamsFirst) : await newestChange(send, 'CareTeam');
    careTeams = new Map();
    const pages = wholeDue && asked ? asked : await firstPages(send, wholeSearches(people));
    for (const first of pages) {
      for (const resource of await everyMatch<Json>(send, first)) {
        const read = readCareTeam(resource);
        if (read.kind === 'problem') problems.push(read.problem);
        else careTeams.set(read.team.serverId, read.team);
      }
    }
    for (const team of await claimUnteamed(db, send, fhirBase, [...careTeams.values()], user, userDisplay, now)) careTeams.set(team.serverId, team);
  }
  const state: TeamState = {
    fhirBase,
    user,
    ...(userDisplay ? { userDisplay } : {}),
    role,
    colleagues,
    careTeams: [...careTeams.values()],
    refreshedAt: now,
    careTeamsSince,
    fullRefreshAt: merged ? stored!.fullRefreshAt! : now,
  };
  const samePeople = stored !== undefined && stored.role === role && sameMembers(stored.colleagues, colleagues);
  return { state, people, scope: patientsInScope(state.careTeams, people, now), problems, ...(samePeople ? { previous: stored } : {}), ...(stored && !unfinished ? { finished: stored } : {}), also: alsoPages };
}

/** The people's CareTeams, whole: a search per 50 people. */
const wholeSearches = (people: ReadonlySet<string>) => chunks([...people]).map((group) => `CareTeam?${query({ participant: group.join(','), _count: TEAMS_PER_PAGE })}`);
/** The people's CareTeams changed since a checkpoint. */
const sinceSearches = (people: ReadonlySet<string>, since: Checkpoint) => chunks([...people]).map((group) => firstPageUrl('CareTeam', since, { participant: group.join(',') }));
const sameSet = (a: ReadonlySet<string>, b: ReadonlySet<string>) => a.size === b.size && [...a].every((item) => b.has(item));

const sameMembers = (a: readonly TeamMember[], b: readonly TeamMember[]) => a.length === b.length && a.every((member, i) => member.member === b[i]!.member);

/**
 * The held teams with what changed merged in (`changed`: what changedSince found since `since`).
 * `asked`: the first pages of sinceSearches for these people, when the round asked them already.
 */
async function changedTeams(send: Send, since: Checkpoint, changed: Changed, held: readonly CareTeam[], people: ReadonlySet<string>, problems: string[], asked?: SearchBundle[]): Promise<{ careTeams: Map<string, CareTeam>; checkpoint: Checkpoint }> {
  // First what changed, then the people's teams among it: those read after the probe saw at least
  // what it saw, so a team it names that was not read no longer names any of the people.
  const careTeams = new Map(held.map((team) => [team.serverId, team]));
  if (!changed.ids.size) return { careTeams, checkpoint: changed.checkpoint };
  const read = new Set<string>();
  for (const first of asked ?? (await firstPages(send, sinceSearches(people, since)))) {
    for (const resource of await everyMatch<Json>(send, first)) {
      const team = readCareTeam(resource);
      if (resource.id) read.add(resource.id);
      if (team.kind === 'record') {
        careTeams.set(team.team.serverId, team.team);
      } else if (resource.id) {
        careTeams.delete(resource.id);
        problems.push(team.problem);
      }
    }
  }
  for (const id of changed.ids) if (!read.has(id)) careTeams.delete(id);
  return { careTeams, checkpoint: changed.checkpoint };
}

/**
 * After a push: the clients it brought to the server for the first time (`pushed`: client id →
 * Patient id) get their CareTeam and join the scope. One a stopped round left unclaimed is
 * claimed by the next round's refreshTeam, which looks at every client.
 */
export async function claimPushed(db: RapportDb, send: Send, refresh: TeamRefresh, now: number, pushed: ReadonlyMap<string, string>): Promise<TeamRefresh> {
  const { state, people } = refresh;
  if (!pushed.size) return refresh;
  const claimed = await claimUnteamed(db, send, state.fhirBase, state.careTeams, state.user, state.userDisplay, now, pushed);
  if (!claimed.length) return refresh;
  const careTeams = [...state.careTeams, ...claimed];
  return { ...refresh, state: { ...state, careTeams }, scope: patientsInScope(careTeams, people, now) };
}

/**
 * Kept once the round's pull is done, each team and handoff linked to the client it is about on this
 * device; the round is then finished (ROUND_MARK_KEY). `stored`: the state the round started from
 * (store/team.ts writes only what moved when nothing else did).
 */
export async function saveLinkedTeam(db: RapportDb, state: TeamState, sealer: MetaSealer, clientOf: ReadonlyMap<string, string>, stored?: TeamState): Promise<void> {
  await saveTeamState(db, linkedToClients(state, clientOf), sealer, stored);
  await db.delete('meta', ROUND_MARK_KEY);
}

/** Each team and handoff with the id of the client it is about on this device (`clientOf`: team-links.ts), once this device has that client. */
export function linkedToClients(state: TeamState, clientOf: ReadonlyMap<string, string>): TeamState {
  // A team linked as it was stays the same object: a save checks only the teams it has not checked (store/team.ts).
  const careTeams = state.careTeams.map((linked) => {
    const clientId = clientOf.get(linked.patientId);
    if (linked.clientId === clientId) return linked;
    const { clientId: _previous, ...team } = linked;
    return clientId ? { ...team, clientId } : team;
  });
  const handoffs = state.handoffs?.map(({ clientId: _previous, ...note }) => {
    const clientId = clientOf.get(note.patientId);
    return clientId ? { ...note, clientId } : note;
  });
  return { ...state, careTeams, ...(handoffs ? { handoffs } : {}) };
}

/**
 * The user's own roles and name, asked in one request with `alongside` and `also` (searches whose
 * first pages are answered with them: `alongside`'s, then `also`'s in their order, a refused one of
 * `also` as batch-read.ts's refusedPage). A user who is not a Practitioner is a care manager with no team.
 */
async function readUser(send: Send, user: string, alongside: string, also: readonly string[]): Promise<[{ role: TeamRole; teams: string[]; userDisplay?: string }, [SearchBundle, ...SearchBundle[]]]> {
  const mayRefuse = (from: number) => new Set(also.map((_, i) => from + i));
  if (!user.startsWith('Practitioner/')) {
    const [other, ...alsoPages] = await firstPages(send, [alongside, ...also], mayRefuse(1));
    return [{ role: 'care-manager', teams: [] }, [other!, ...alsoPages]];
  }
  const id = user.slice('Practitioner/'.length);
  // The name is searched, not read, so it can go in the batch; a server that will not show it leaves it out.
  const [roles, named, other, ...alsoPages] = await firstPages(send, [`PractitionerRole?${query({ practitioner: user })}`, `Practitioner?${new URLSearchParams({ _id: id })}`, alongside, ...also], new Set([1, ...mayRefuse(3)]));
  const own = (await everyMatch<Json>(send, roles!)).flatMap((resource) => readPractitionerRole(resource) ?? []);
  const role: TeamRole = own.some((read) => read.role === 'supervisor') ? 'supervisor' : 'care-manager';
  const teams = [...new Set(own.flatMap((read) => (read.role && read.organization ? [read.organization] : [])))];
  const person = named!.entry?.find(({ resource }) => resource?.resourceType === 'Practitioner' && resource.id === id)?.resource;
  const userDisplay = person ? practitionerName(person as unknown as Json) : undefined;
  return [{ role, teams, ...(userDisplay ? { userDisplay } : {}) }, [other!, ...alsoPages]];
}

/** The user's colleagues on their teams, asked in one request with `alongside` (searches whose first pages are answered with them). */
async function readColleagues(send: Send, user: string, teams: readonly string[], alongside: readonly string[]): Promise<[TeamMember[], SearchBundle[]]> {
  const searches = chunks(teams).map((group) => `PractitionerRole?${query({ organization: group.join(',') })}`);
  const pages = await firstPages(send, [...searches, ...alongside]);
  const colleagues = new Map<string, TeamMember>();
  for (const first of pages.slice(0, searches.length)) {
    for (const resource of await everyMatch<Json>(send, first)) {
      const read = readPractitionerRole(resource);
      if (!read?.role || read.practitioner === user) continue;
      colleagues.set(read.practitioner, { member: read.practitioner, ...(read.display ? { display: read.display } : (colleagues.get(read.practitioner) ?? {})) });
    }
  }
  return [[...colleagues.values()].sort((a, b) => (a.display ?? a.member).localeCompare(b.display ?? b.member)), pages.slice(searches.length)];
}

/**
 * Clients this device has on the server whose Patient has no CareTeam at all get one, with the
 * user as primary care manager, created conditionally on the Patient's id (two devices claiming
 * one client, or a replay, make one team). A Patient that has a team without the user (handed to
 * a colleague) is not claimed back: that is how a client leaves a caseload. Looking at every
 * client (no `among`), those seen with a team before are not asked again (teamed.ts).
 */
async function claimUnteamed(db: RapportDb, send: Send, fhirBase: string, known: readonly CareTeam[], user: string, userDisplay: string | undefined, now: number, among?: ReadonlyMap<string, string>): Promise<CareTeam[]> {
  const kept = among ? undefined : await loadTeamed(db, fhirBase);
  const teamed = new Set([...(kept ?? []), ...known.map((team) => team.patientId)]);
  const unclaimed = [...(among ?? (await loadServerIds(db, 'clients')))].filter(([, patientId]) => !teamed.has(patientId));
  // Enrolment stays in the clear in a sealed row: the rows are read as stored, in one transaction, none opened.
  const rows = await storedRows(db, unclaimed.map(([id]) => ({ store: 'clients' as const, id })));
  const candidates = unclaimed.flatMap(([clientId, patientId]) => ((rows.get(recordKey({ store: 'clients', id: clientId })) as { enrolledAt?: number } | undefined)?.enrolledAt !== undefined ? [patientId] : []));
  const unteamed: string[] = [];
  const seenTeamed: string[] = [];
  const groups = chunks(candidates);
  const found = await searchEach<Json>(send, groups.map((group) => `CareTeam?${query({ subject: group.map((id) => `Patient/${id}`).join(','), _elements: 'subject' })}`));
  for (const [i, group] of groups.entries()) {
    const haveTeam = new Set(found[i]!.map((resource) => relativeReference(String((resource.subject as { reference?: string } | undefined)?.reference ?? ''))));
    for (const id of group) (haveTeam.has(`Patient/${id}`) ? seenTeamed : unteamed).push(id);
  }
  if (kept) await keepTeamed(db, fhirBase, kept, seenTeamed);
  const created: CareTeam[] = [];
  // Each claim stands alone, conditional on its Patient's id: a batch of them, each answering for
  // itself (a first sync's 5,000 in 50 requests, not 625 transactions within the conditional cap).
  // One refused fails the round, which then searches whole and claims again; those made are found.
  for (const group of chunks(unteamed, BATCH_ENTRIES)) {
    const entry = group.map((patientId) => ({
      resource: careTeamResource(patientId, [{ member: user, ...(userDisplay ? { display: userDisplay } : {}), role: 'primary', start: now }]),
      request: { method: 'POST', url: 'CareTeam', ifNoneExist: `identifier=${encodeURIComponent(`${CARE_TEAM_IDENTIFIER_SYSTEM}|${patientId}`)}` },
    }));
    const { body } = await send<Bundle>('POST', '', { json: { resourceType: 'Bundle', type: 'batch', entry } });
    throwIfAnyRefused(body);
    for (const answer of body.entry ?? []) {
      const read = answer.resource ? readCareTeam(answer.resource as unknown as Json) : undefined;
      if (read?.kind === 'record') created.push(read.team);
    }
  }
  return created;
}
