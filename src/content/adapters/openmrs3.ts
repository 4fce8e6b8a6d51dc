import { openmrs3Rules } from '../../context/adapters/openmrs3';
import { registerAdapter } from './register';

registerAdapter('openmrs3', openmrs3Rules);
