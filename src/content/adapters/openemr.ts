import { openemr } from '../../context/adapters/openemr';
import { registerAdapter } from './register';

registerAdapter(openemr);
