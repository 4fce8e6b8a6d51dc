import { ccda } from '../../context/adapters/ccda';
import { registerAdapter } from './register';

registerAdapter(ccda);
