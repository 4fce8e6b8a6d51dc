import { medplum } from '../../context/adapters/medplum';
import { registerAdapter } from './register';

registerAdapter(medplum);
