import { openmrs2 } from '../../context/adapters/openmrs2';
import { registerAdapter } from './register';

registerAdapter(openmrs2);
