import { hapiFhir } from '../../context/adapters/hapi-fhir';
import { registerAdapter } from './register';

registerAdapter(hapiFhir);
