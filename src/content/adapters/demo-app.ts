import { demoAppRules } from '../../context/adapters/demo-app';
import { registerAdapter } from './register';

registerAdapter('demo-app', demoAppRules);
