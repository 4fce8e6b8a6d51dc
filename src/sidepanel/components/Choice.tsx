import { usePanel } from '../panel';

/** A labelled select over a fixed set of options whose labels are i18n keys. */
export function Choice<K extends string>(props: {
  label: string;
  value: K;
  options: Record<K, string>;
  onChange: (value: K) => void;
}) {
  const { host } = usePanel();
  return (
    <label>
      {props.label}
      <select value={props.value} onChange={(event) => props.onChange(event.currentTarget.value as K)}>
        {(Object.keys(props.options) as K[]).map((key) => (
          <option key={key} value={key}>
            {host.t(props.options[key])}
          </option>
        ))}
      </select>
    </label>
  );
}
