import { hapiFhirRules } from '../../context/adapters/hapi-fhir';
import { registerAdapter } from './register';

registerAdapter('hapi-fhir', hapiFhirRules);
