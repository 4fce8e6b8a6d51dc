import { readStructured } from '../../context/generic/structured';
import { partSlots } from './scope';

// Injected into a frame whose page carries structured data (script blocks naming a Patient, microdata).
partSlots().structured ??= readStructured;
