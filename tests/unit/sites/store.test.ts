import { describe, expect, test } from 'vitest';
import { deleteSiteProfile, getSiteProfile, listSiteProfiles, profileOf, saveSiteProfile } from '../../../src/store/sites';
import { useFreshDb, T0 } from '../store/helpers';

const db = useFreshDb();
const EHR = 'https://ehr.example.org';

describe('taught site profiles', () => {
  test('teaching an origin again revises the same record', async () => {
    const first = await saveSiteProfile(db(), { origin: EHR, selectors: { name: '#a' } }, T0);
    const second = await saveSiteProfile(db(), { origin: EHR, selectors: { name: '#b', mrn: '#m' }, dateOrder: 'DMY' }, T0 + 1);
    expect(second.id).toBe(first.id);
    expect(second.rev).toBe(2);
    expect(profileOf(second)).toEqual({ origin: EHR, selectors: { name: '#b', mrn: '#m' }, dateOrder: 'DMY' });
    expect(await listSiteProfiles(db())).toHaveLength(1);
  });

  test('a deleted profile is gone from look-ups and lists, and the origin can be taught again', async () => {
    const saved = await saveSiteProfile(db(), { origin: EHR, selectors: { name: '#a' } }, T0);
    await saveSiteProfile(db(), { origin: 'https://crm.example.net', selectors: { name: '#c' } }, T0);
    await deleteSiteProfile(db(), saved.id, T0 + 1);
    expect(await getSiteProfile(db(), EHR)).toBeUndefined();
    expect((await listSiteProfiles(db())).map((record) => record.origin)).toEqual(['https://crm.example.net']);
    const again = await saveSiteProfile(db(), { origin: EHR, selectors: { name: '#z' } }, T0 + 2);
    expect(again.id).not.toBe(saved.id);
    expect((await getSiteProfile(db(), EHR))?.selectors).toEqual({ name: '#z' });
  });

  test('no dateOrder key is stored when none was chosen', async () => {
    const saved = await saveSiteProfile(db(), { origin: EHR, selectors: { name: '#a' } }, T0);
    expect('dateOrder' in saved).toBe(false);
    expect(profileOf(saved)).toEqual({ origin: EHR, selectors: { name: '#a' } });
  });
});
