/**
 * The slice of FHIR R4 that Rapport writes, restated because the domain takes no packages. The
 * tests check every exported resource against the official FHIR R4 JSON schema, which is what
 * keeps these honest.
 */
export interface Coding {
  system?: string;
  code?: string;
  display?: string;
}
export interface CodeableConcept {
  coding?: Coding[];
  text?: string;
}
export interface Reference {
  reference?: string;
}
export interface Annotation {
  text: string;
}
export interface Period {
  start?: string;
  end?: string;
}
export interface Identifier {
  use?: 'usual' | 'official' | 'temp' | 'secondary' | 'old';
  type?: CodeableConcept;
  system?: string;
  value?: string;
}
interface ResourceBase {
  id?: string;
  meta?: { lastUpdated?: string };
}
export interface Patient extends ResourceBase {
  resourceType: 'Patient';
  identifier?: Identifier[];
  name?: { text?: string; family?: string; given?: string[] }[];
  telecom?: { system?: 'phone' | 'email'; value?: string }[];
  gender?: 'male' | 'female' | 'other' | 'unknown';
  birthDate?: string;
}
export interface Communication extends ResourceBase {
  resourceType: 'Communication';
  status: 'completed' | 'not-done';
  statusReason?: CodeableConcept;
  subject?: Reference;
  sender?: Reference;
  recipient?: Reference[];
  medium?: CodeableConcept[];
  sent?: string;
  note?: Annotation[];
}
export interface Task extends ResourceBase {
  resourceType: 'Task';
  status: 'requested' | 'completed';
  intent: 'plan';
  description?: string;
  for?: Reference;
  authoredOn?: string;
  lastModified?: string;
  executionPeriod?: Period;
}
export interface Goal extends ResourceBase {
  resourceType: 'Goal';
  lifecycleStatus: 'active';
  description: CodeableConcept;
  subject: Reference;
  startDate?: string;
  note?: Annotation[];
}
export interface CarePlan extends ResourceBase {
  resourceType: 'CarePlan';
  status: 'active';
  intent: 'plan';
  title?: string;
  subject: Reference;
  goal?: Reference[];
  activity?: {
    detail: {
      kind: 'CommunicationRequest';
      status: 'in-progress';
      description?: string;
      scheduledTiming?: { repeat: { frequency: number; period: number; periodMax?: number; periodUnit: 'd' } };
    };
  }[];
}
export type Resource = Patient | Communication | Task | Goal | CarePlan;
export interface BundleEntry {
  fullUrl: string;
  resource: Resource;
}
export interface Bundle {
  resourceType: 'Bundle';
  type: 'collection';
  timestamp: string;
  entry: BundleEntry[];
}
