import { FIELD_LABEL_KEYS, type ContextField } from '../context/types';
import { startPicker, type PickedElement } from './picker';

export interface TeachDeps {
  doc: Document;
  win: Window;
  t: (key: string, substitutions?: string | string[]) => string;
  picked: (field: ContextField, pick: PickedElement) => void;
  cancelled: () => void;
  /** The client this frame shows now, as last read. */
  identifiers?: () => readonly (string | undefined)[];
}

/** The picker in this frame, armed by the panel for one field at a time; arming again replaces it. */
export function createTeacher(deps: TeachDeps) {
  let picker: { stop: () => void } | undefined;
  const disarm = () => {
    picker?.stop();
    picker = undefined;
  };
  return {
    arm(field: ContextField) {
      disarm();
      picker = startPicker({
        doc: deps.doc,
        win: deps.win,
        prompt: deps.t('pickerPrompt', deps.t(FIELD_LABEL_KEYS[field])),
        identifiers: deps.identifiers,
        onPick: (pick) => {
          picker = undefined;
          deps.picked(field, pick);
        },
        onCancel: () => {
          picker = undefined;
          deps.cancelled();
        },
      });
    },
    disarm,
  };
}
