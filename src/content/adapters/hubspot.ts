import { hubspot } from '../../context/adapters/hubspot';
import { registerAdapter } from './register';

registerAdapter(hubspot);
