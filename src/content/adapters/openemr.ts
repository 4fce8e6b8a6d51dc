import { openemrRules } from '../../context/adapters/openemr';
import { registerAdapter } from './register';

registerAdapter('openemr', openemrRules);
