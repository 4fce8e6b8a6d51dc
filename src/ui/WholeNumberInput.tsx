interface Props {
  value: string;
  onValue: (value: string) => void;
  min: number;
  max?: number;
  testId: string;
  id?: string;
  invalid?: boolean;
  describedBy?: string;
}

/** A count or a number of days: whole numbers only, the numeric keypad on touch screens; the form keeps what was typed. */
export function WholeNumberInput({ value, onValue, min, max, testId, id, invalid, describedBy }: Props) {
  return (
    <input
      type="number"
      inputMode="numeric"
      min={min}
      max={max}
      step={1}
      id={id}
      data-testid={testId}
      value={value}
      onInput={(event) => onValue(event.currentTarget.value)}
      aria-invalid={invalid || undefined}
      aria-describedby={describedBy}
    />
  );
}
