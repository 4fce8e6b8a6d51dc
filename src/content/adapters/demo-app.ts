import { demoApp } from '../../context/adapters/demo-app';
import { registerAdapter } from './register';

registerAdapter(demoApp);
