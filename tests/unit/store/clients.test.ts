import { describe, expect, it } from 'vitest';
import {
  createClient,
  DuplicateIdentityError,
  findClients,
  getClient,
  listClients,
  recordSeenClient,
  updateClient,
} from '../../../src/store/clients';
import { StaleWriteError } from '../../../src/store/base';
import { HOUR, T0, useFreshDb } from './helpers';
import type { ClientContext } from '../../../src/model/context';

const db = useFreshDb();
const A = 'https://ehr-a.example';
const B = 'https://ehr-b.example';
const page = (over: Partial<ClientContext> = {}): ClientContext => ({
  name: 'Maria Garcia',
  mrn: 'MRN-001',
  dob: '1948-07-04',
  phone: '555-0100',
  source: 'generic',
  confidence: 0.9,
  ...over,
});

describe('recordSeenClient', () => {
  it('creates a client from a page with identity, keys and last URL', async () => {
    const seen = await recordSeenClient(db(), { context: page(), system: A, url: `${A}/chart/1` }, T0);
    expect(seen.created).toBe(true);
    expect(seen.mergeCandidates).toEqual([]);
    expect(seen.client).toMatchObject({
      name: 'Maria Garcia',
      dob: '1948-07-04',
      phone: '555-0100',
      identities: [{ system: A, mrn: 'MRN-001', lastUrl: `${A}/chart/1`, lastSeenAt: T0 }],
      identityKeys: [`${A}|MRN-001`],
      searchName: 'maria garcia',
      nameDobKey: 'garcia maria|1948-07-04',
      rev: 1,
    });
    expect(await getClient(db(), seen.client.id)).toEqual(seen.client);
  });

  it('same origin + MRN is one client, updated', async () => {
    const first = await recordSeenClient(db(), { context: page(), system: A, url: `${A}/chart/1` }, T0);
    const again = await recordSeenClient(
      db(),
      { context: page({ mrn: ' mrn-001 ', location: 'Ward 3', phone: '555-0199' }), system: A, url: `${A}/chart/1?tab=2` },
      T0 + HOUR,
    );
    expect(again.created).toBe(false);
    expect(again.client.id).toBe(first.client.id);
    expect(again.client).toMatchObject({ rev: 2, updatedAt: T0 + HOUR, location: 'Ward 3', phone: '555-0199' });
    expect(again.client.identities).toEqual([{ system: A, mrn: 'MRN-001', lastUrl: `${A}/chart/1?tab=2`, lastSeenAt: T0 + HOUR }]);
    expect(await listClients(db())).toHaveLength(1);
  });

  it('same MRN on two origins is two clients, proposed for merge only', async () => {
    const a = await recordSeenClient(db(), { context: page(), system: A, url: `${A}/1` }, T0);
    const b = await recordSeenClient(db(), { context: page({ name: 'GARCIA, Maria' }), system: B, url: `${B}/1` }, T0 + 1);
    expect(b.created).toBe(true);
    expect(b.client.id).not.toBe(a.client.id);
    expect(b.mergeCandidates.map((c) => c.id)).toEqual([a.client.id]);
    expect(await listClients(db())).toHaveLength(2);
    // Nothing was merged: each keeps only its own identity.
    expect((await getClient(db(), a.client.id))?.identities.map((i) => i.system)).toEqual([A]);
  });

  it('name+DOB match in another system with another MRN is a proposal, not a match', async () => {
    const a = await recordSeenClient(db(), { context: page(), system: A, url: `${A}/1` }, T0);
    const b = await recordSeenClient(db(), { context: page({ mrn: 'X-77' }), system: B, url: `${B}/9` }, T0 + 1);
    expect(b.created).toBe(true);
    expect(b.mergeCandidates.map((c) => c.id)).toEqual([a.client.id]);
  });

  it('two MRNs in one system with the same name+DOB are two people, no proposal', async () => {
    await recordSeenClient(db(), { context: page(), system: A, url: `${A}/1` }, T0);
    const b = await recordSeenClient(db(), { context: page({ mrn: 'MRN-002' }), system: A, url: `${A}/2` }, T0 + 1);
    expect(b.created).toBe(true);
    expect(b.mergeCandidates).toEqual([]);
  });

  it('without an MRN, matches name+DOB only inside the same system', async () => {
    const noMrn = page({ mrn: undefined });
    const a = await recordSeenClient(db(), { context: noMrn, system: A, url: `${A}/1` }, T0);
    expect(a.client.identityKeys).toEqual([]);
    const again = await recordSeenClient(db(), { context: noMrn, system: A, url: `${A}/2` }, T0 + 1);
    expect(again).toMatchObject({ created: false, client: { id: a.client.id } });
    const elsewhere = await recordSeenClient(db(), { context: noMrn, system: B, url: `${B}/1` }, T0 + 2);
    expect(elsewhere.created).toBe(true);
    expect(elsewhere.mergeCandidates.map((c) => c.id)).toEqual([a.client.id]);
    // The MRN shows up later in system A: the MRN-less record adopts it.
    const withMrn = await recordSeenClient(db(), { context: page(), system: A, url: `${A}/3` }, T0 + 3);
    expect(withMrn).toMatchObject({ created: false, client: { id: a.client.id, identityKeys: [`${A}|MRN-001`] } });
  });

  it('without MRN or DOB, the same name in the same system is the same client', async () => {
    const bare = page({ mrn: undefined, dob: undefined });
    const a = await recordSeenClient(db(), { context: bare, system: A, url: `${A}/1` }, T0);
    const again = await recordSeenClient(db(), { context: bare, system: A, url: `${A}/1` }, T0 + 1);
    expect(again.client.id).toBe(a.client.id);
    const other = await recordSeenClient(db(), { context: bare, system: B, url: `${B}/1` }, T0 + 2);
    expect(other.client.id).not.toBe(a.client.id);
  });

  it('keeps a field the user corrected, follows fields the page changed', async () => {
    const a = await recordSeenClient(db(), { context: page({ location: 'Ward 1' }), system: A, url: `${A}/1` }, T0);
    await updateClient(db(), a.client.id, { phone: '555-9999' }, T0 + 1);
    const again = await recordSeenClient(db(), { context: page({ location: 'Ward 2' }), system: A, url: `${A}/1` }, T0 + 2);
    expect(again.client.phone).toBe('555-9999');
    expect(again.client.location).toBe('Ward 2');
  });

  it('a correction wins until the page shows a different value', async () => {
    const a = await recordSeenClient(db(), { context: page({ location: 'Ward 1' }), system: A, url: `${A}/1` }, T0);
    await updateClient(db(), a.client.id, { location: '4 West, Room 412' }, T0 + 1);
    const same = await recordSeenClient(db(), { context: page({ location: 'Ward 1' }), system: A, url: `${A}/1` }, T0 + 2);
    expect(same.client.location).toBe('4 West, Room 412');
    const moved = await recordSeenClient(db(), { context: page({ location: 'ICU, Bed 6' }), system: A, url: `${A}/1` }, T0 + 3);
    expect(moved.client.location).toBe('ICU, Bed 6');
  });

  it('a name change on the page updates the derived keys', async () => {
    const a = await recordSeenClient(db(), { context: page(), system: A, url: `${A}/1` }, T0);
    const again = await recordSeenClient(db(), { context: page({ name: 'Maria Lopez' }), system: A, url: `${A}/1` }, T0 + 1);
    expect(again.client).toMatchObject({ id: a.client.id, searchName: 'maria lopez', nameDobKey: 'lopez maria|1948-07-04' });
  });
});

describe('manual clients', () => {
  it('creates in the manual system and refuses a duplicate identity', async () => {
    const c = await createClient(db(), { name: '  Sam Lee ', mrn: 'm1', dob: '1960-01-01' }, T0);
    expect(c).toMatchObject({ name: 'Sam Lee', identities: [{ system: 'manual', mrn: 'M1' }], identityKeys: ['manual|M1'] });
    await expect(createClient(db(), { name: 'Other', mrn: ' M1' }, T0)).rejects.toBeInstanceOf(DuplicateIdentityError);
    await expect(createClient(db(), { name: '  ' }, T0)).rejects.toBeInstanceOf(RangeError);
    expect(await createClient(db(), { name: 'No MRN' }, T0)).toMatchObject({ identities: [], identityKeys: [] });
  });

  it('updates with revision check and recomputes derived keys', async () => {
    const c = await createClient(db(), { name: 'Sam Lee', dob: '1960-01-01' }, T0);
    const u = await updateClient(db(), c.id, { name: 'Samuel Lee' }, T0 + 1, 1);
    expect(u).toMatchObject({ rev: 2, searchName: 'samuel lee', nameDobKey: 'lee samuel|1960-01-01' });
    await expect(updateClient(db(), c.id, { name: 'S Lee' }, T0 + 2, 1)).rejects.toBeInstanceOf(StaleWriteError);
  });
});

describe('findClients', () => {
  it('finds by name prefix, any word and MRN, bounded', async () => {
    const ada = await createClient(db(), { name: 'Ada Lovelace', mrn: 'AL-1815' }, T0);
    const alan = await createClient(db(), { name: 'Alan Turing', mrn: 'AT-1912' }, T0);
    const grace = await createClient(db(), { name: 'Grace Hopper' }, T0);
    // Name prefixes first, then substrings.
    expect((await findClients(db(), 'a')).map((c) => c.id)).toEqual([ada.id, alan.id, grace.id]);
    expect((await findClients(db(), 'turing')).map((c) => c.id)).toEqual([alan.id]);
    expect((await findClients(db(), 'lovelace ada')).map((c) => c.id)).toEqual([ada.id]);
    expect((await findClients(db(), 'at 1912')).map((c) => c.id)).toEqual([alan.id]);
    expect(await findClients(db(), 'a', 1)).toHaveLength(1);
    expect(await findClients(db(), '   ')).toEqual([]);
    expect(await findClients(db(), 'zzz')).toEqual([]);
  });
});
