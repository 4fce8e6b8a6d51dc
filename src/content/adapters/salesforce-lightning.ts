import { salesforceLightningRules } from '../../context/adapters/salesforce-lightning';
import { registerAdapter } from './register';

registerAdapter('salesforce-lightning', salesforceLightningRules);
