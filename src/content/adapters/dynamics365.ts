import { dynamics365Rules } from '../../context/adapters/dynamics365';
import { registerAdapter } from './register';

registerAdapter('dynamics365', dynamics365Rules);
