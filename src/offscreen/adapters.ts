import type { SiteAdapter } from '../context/adapters/types';
import { openemr } from '../context/adapters/openemr';
import { openmrs3 } from '../context/adapters/openmrs3';
import { openmrs2 } from '../context/adapters/openmrs2';
import { medplum } from '../context/adapters/medplum';
import { salesforceLightning } from '../context/adapters/salesforce-lightning';
import { hubspot } from '../context/adapters/hubspot';
import { dynamics365 } from '../context/adapters/dynamics365';
import { hapiFhir } from '../context/adapters/hapi-fhir';
import { ccda } from '../context/adapters/ccda';
import { DEMO_ADAPTERS } from './demo-adapters';

/** The adapters a frame may name when it sends its snapshot; the demo EHR's only in the demo build. */
export const READER_ADAPTERS: readonly SiteAdapter[] = [...DEMO_ADAPTERS, openemr, openmrs3, openmrs2, medplum, salesforceLightning, hubspot, dynamics365, hapiFhir, ccda];
