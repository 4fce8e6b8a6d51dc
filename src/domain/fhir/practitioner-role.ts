import type { TeamRole } from '../../model/team';
import { relativeReference } from './care-team';

/**
 * The team and the user's place in it, as the server states them: a team is an Organization, and
 * each care manager or supervisor holds a PractitionerRole (practitioner = the person,
 * organization = the team) coded in Rapport's team-role CodeSystem. Only a supervisor code makes a
 * supervisor: a role the server does not state in Rapport's codes is an ordinary care manager's.
 */

/** Rapport's CodeSystem for a person's place on the team: `care-manager` or `supervisor`. */
export const TEAM_ROLE_SYSTEM = 'https://rapport.care/fhir/CodeSystem/team-role';

export interface TeamRoleRead {
  practitioner: string;
  display?: string;
  /** The team (Organization reference) this role is held in. */
  organization?: string;
  role?: TeamRole;
}

interface Json {
  [key: string]: unknown;
}
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const list = (value: unknown): Json[] => (Array.isArray(value) ? value.filter(isObject) : []);

export function readPractitionerRole(resource: Json): TeamRoleRead | undefined {
  if (resource.active === false) return undefined;
  const practitioner = isObject(resource.practitioner) && typeof resource.practitioner.reference === 'string' ? relativeReference(resource.practitioner.reference) : undefined;
  if (!practitioner?.startsWith('Practitioner/')) return undefined;
  const display = isObject(resource.practitioner) && typeof resource.practitioner.display === 'string' ? resource.practitioner.display.trim().slice(0, 200) : '';
  const organization = isObject(resource.organization) && typeof resource.organization.reference === 'string' ? relativeReference(resource.organization.reference) : undefined;
  const codes = list(resource.code).flatMap((concept) => list(concept.coding)).filter((coding) => coding.system === TEAM_ROLE_SYSTEM).map((coding) => coding.code);
  const role: TeamRole | undefined = codes.includes('supervisor') ? 'supervisor' : codes.includes('care-manager') ? 'care-manager' : undefined;
  return { practitioner, ...(display ? { display } : {}), ...(organization?.startsWith('Organization/') ? { organization } : {}), ...(role ? { role } : {}) };
}

/** A Practitioner's name as the server writes it: the text, else given names and family. */
export function practitionerName(resource: Json): string | undefined {
  const [name] = list(resource.name);
  if (!name) return undefined;
  const given = Array.isArray(name.given) ? name.given.filter((part): part is string => typeof part === 'string') : [];
  const text = typeof name.text === 'string' && name.text.trim() ? name.text.trim() : [...given, typeof name.family === 'string' ? name.family : ''].join(' ').trim();
  return text ? text.slice(0, 200) : undefined;
}
