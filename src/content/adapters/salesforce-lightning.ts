import { salesforceLightning } from '../../context/adapters/salesforce-lightning';
import { registerAdapter } from './register';

registerAdapter(salesforceLightning);
