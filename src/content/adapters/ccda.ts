import { ccdaRules } from '../../context/adapters/ccda';
import { registerAdapter } from './register';

registerAdapter('ccda', ccdaRules);
