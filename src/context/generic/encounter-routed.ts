import type { Encounter } from './structured';

/**
 * A visit-centred app addresses the encounter, not the person (`/encounters/2231-A/discharge`,
 * `#/visits/v-88/summary`), and shows its patient only as "Tomás N." or initials while its store keeps the
 * whole Patient beside a recent list. The Encounter with that very id names its subject: that Patient is
 * the one opened, as surely as `/patients/<id>` would say (state-routed.ts). Only encounters the store
 * holds with their own id and a subject count; an address opening none of them says nothing.
 */
const ENCOUNTER_SEGMENT = /^(?:encounters?|visits?|admissions?|stays?)$/i;

/** Ids the address opens an encounter by: the segment after `/encounters/`, `?encounterId=`. */
function addressedEncounterIds(url: string): Set<string> {
  const out = new Set<string>();
  try {
    const u = new URL(url);
    const parts = [...u.pathname.split('/'), ...u.hash.split(/[/?#]/)].filter(Boolean).map(decodeURIComponent);
    for (let i = 1; i < parts.length; i++) if (ENCOUNTER_SEGMENT.test(parts[i - 1] as string)) out.add(parts[i] as string);
    for (const [k, v] of u.searchParams) if (/^(?:encounter|visit)_?id$/i.test(k)) out.add(v);
  } catch {
    // no usable address
  }
  return out;
}

/** The patient ids (a reference's last segment) of the encounters the address opens. */
export function encounterRoutedSubjects(url: string, encounters: Encounter[]): string[] {
  const opened = addressedEncounterIds(url);
  if (opened.size === 0) return [];
  return encounters.filter((e) => e.id !== undefined && opened.has(e.id) && e.subject).map((e) => (e.subject as string).split('/').pop() as string);
}
