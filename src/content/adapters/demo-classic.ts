import { demoClassic } from '../../context/adapters/demo-classic';
import { registerAdapter } from './register';

registerAdapter(demoClassic);
