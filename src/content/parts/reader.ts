import { readClientContext } from '../../context/read';
import { SHARED_LIB } from '../shared-lib';
import { partSlots } from './scope';

// Injected into a frame whose page may show a client (pre-check.ts), a taught page or an adapter's site.
partSlots().lib ??= SHARED_LIB;
partSlots().read ??= readClientContext;
