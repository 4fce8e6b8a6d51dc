import { demoClassicRules } from '../../context/adapters/demo-classic';
import { registerAdapter } from './register';

registerAdapter('demo-classic', demoClassicRules);
