import type { SchemeInfo } from '../api.ts';
import { useI18n } from '../i18n/index.tsx';
import type { ControlProps } from './form.tsx';

interface SchemeSelectProps extends ControlProps {
  schemes: SchemeInfo[];
  value: string;
  onChange(value: string): void;
  /** Scheme ids not offered here (e.g. `ubin`, which the registry assigns). */
  exclude?: string[];
  name?: string;
  required?: boolean;
}

/** A select of identifier schemes: international ones first, then one group per country. */
export function SchemeSelect({
  schemes,
  value,
  onChange,
  exclude = [],
  name,
  required,
  ...control
}: SchemeSelectProps) {
  const { t, region, locale } = useI18n();
  const offered = schemes.filter((s) => !exclude.includes(s.id));
  const international = offered.filter((s) => !s.country);
  const countries = [...new Set(offered.map((s) => s.country).filter((c): c is string => Boolean(c)))].sort(
    (a, b) => region(a).localeCompare(region(b), locale),
  );
  const known = offered.some((s) => s.id === value);
  const option = (s: SchemeInfo) => (
    <option key={s.id} value={s.id}>
      {s.id} — {s.name}
    </option>
  );
  return (
    <select
      {...control}
      name={name}
      required={required}
      className="input"
      value={value}
      onChange={(e) => onChange(e.target.value)}
    >
      {!known ? <option value={value}>{value}</option> : null}
      {countries.map((c) => (
        <optgroup key={c} label={region(c)}>
          {offered.filter((s) => s.country === c).map(option)}
        </optgroup>
      ))}
      {international.length > 0 ? (
        <optgroup label={t('idtool.international')}>{international.map(option)}</optgroup>
      ) : null}
    </select>
  );
}
