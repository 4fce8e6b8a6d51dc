import { hubspotRules } from '../../context/adapters/hubspot';
import { registerAdapter } from './register';

registerAdapter('hubspot', hubspotRules);
