import { medplumRules } from '../../context/adapters/medplum';
import { registerAdapter } from './register';

registerAdapter('medplum', medplumRules);
