import { readStructured } from '../../context/generic/structured';
import { partSlots } from './scope';

// Injected into a frame whose page carries structured data (script blocks naming a Patient, microdata, an XML document such as a raw C-CDA file),
// after the reader part, whose parsers and text reader it borrows (src/context/shapes.ts).
partSlots().structured ??= readStructured;
