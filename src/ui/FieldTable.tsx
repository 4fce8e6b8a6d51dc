import type { ComponentChildren } from 'preact';
import { CONTEXT_FIELDS, FIELD_LABEL_KEYS, type ContextField } from '../context/types';
import type { Translate } from './translate';

interface Props {
  t: Translate;
  /** Headers of the columns after the field's name. */
  columns: readonly string[];
  /** The cells of each field shown; a field left out has no row. */
  cells: Partial<Record<ContextField, readonly ComponentChildren[]>>;
  labelledBy?: string;
}

/**
 * A client's page fields, one row each in the reader's order, named as every screen names them:
 * what the panel read from a page, and what the options page was taught to read there.
 */
export function FieldTable({ t, columns, cells, labelledBy }: Props) {
  return (
    <table aria-labelledby={labelledBy}>
      <thead>
        <tr>
          <th scope="col">{t('field')}</th>
          {columns.map((column) => (
            <th scope="col">{column}</th>
          ))}
        </tr>
      </thead>
      <tbody>
        {CONTEXT_FIELDS.filter((field) => cells[field]).map((field) => (
          <tr key={field} data-field={field}>
            <th scope="row">{t(FIELD_LABEL_KEYS[field])}</th>
            {cells[field]!.map((cell) => (
              <td>{cell}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
