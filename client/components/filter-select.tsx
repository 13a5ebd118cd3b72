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
  value: string;
  onChange: (value: Value | '') => void;
};

export function FilterSelect<Value extends string>({ label, allLabel, options, value, onChange }: FilterSelectProps<Value>) {
  return (
    <select className="input" aria-label={label} value={value} onChange={(event) => onChange(event.target.value as Value | '')}>
      <option value="">{allLabel}</option>
      {options.map((option) => (
        <option key={option} value={option}>
          {option}
        </option>
      ))}
    </select>
  );
}
