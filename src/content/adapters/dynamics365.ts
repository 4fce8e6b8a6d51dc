import { dynamics365 } from '../../context/adapters/dynamics365';
import { registerAdapter } from './register';

registerAdapter(dynamics365);
