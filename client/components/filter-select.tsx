/**
 * A list filter picked from a fixed set of values (rule kind, audit action, warning code), with an
 * "All …" choice that clears it (the empty string, which list URL state leaves out of the link).
 */
type FilterSelectProps<Value extends string> = {
  /** The accessible name, e.g. "Kind". */
  label: string;
  /** The choice that clears the filter, e.g. "All kinds". */
  allLabel: string;
  options: readonly Value[];
  /** What an option reads as (translated); the value itself when left out (codes that are data). */
  optionLabel?: (value: Value) => string;
  value: string;
  onChange: (value: Value | '') => void;
};

export function FilterSelect<Value extends string>({ label, allLabel, options, optionLabel, value, onChange }: FilterSelectProps<Value>) {
  return (
    <select className="input" aria-label={label} value={value} onChange={(event) => onChange(event.target.value as Value | '')}>
      <option value="">{allLabel}</option>
      {options.map((option) => (
        <option key={option} value={option}>
          {optionLabel ? optionLabel(option) : option}
        </option>
      ))}
    </select>
  );
}
