import { openmrs3 } from '../../context/adapters/openmrs3';
import { registerAdapter } from './register';

registerAdapter(openmrs3);
