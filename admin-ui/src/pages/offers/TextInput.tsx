interface Props {
  readonly id?: string;
  readonly value: string;
  readonly onValue: (value: string) => void;
  readonly disabled: boolean;
  readonly label?: string;
  readonly placeholder?: string;
}

/** A small text field for a number of the rules: kept as typed, judged by the bridge on save. */
export function TextInput({ id, value, onValue, disabled, label, placeholder }: Props) {
  return (
    <input
      type="text"
      inputMode="decimal"
      class="form-control input-sm"
      id={id}
      value={value}
      disabled={disabled}
      aria-label={label}
      placeholder={placeholder}
      onInput={(e) => onValue(e.currentTarget.value)}
    />
  );
}
