import { openmrs2Rules } from '../../context/adapters/openmrs2';
import { registerAdapter } from './register';

registerAdapter('openmrs2', openmrs2Rules);
