import type { Address, Contact, ContactType, Problem, SchemeInfo } from '../api.ts';
import { normalizeLocation } from '../api.ts';
import { useI18n } from '../i18n/index.tsx';
import { Field, GroupErrors } from './form.tsx';
import { errorsAt } from './problem.tsx';
import { SchemeSelect } from './scheme.tsx';

/**
 * Rows left empty are not sent, so the n-th item the node saw may be another row on the page. `keep` returns the
 * rows to send and, for each, the row it came from; `remapProblem` turns the node's locations back into rows.
 */
export function keep<T>(rows: T[], filled: (row: T) => boolean): { items: T[]; rows: number[] } {
  const items: T[] = [];
  const from: number[] = [];
  rows.forEach((row, i) => {
    if (filled(row)) {
      items.push(row);
      from.push(i);
    }
  });
  return { items, rows: from };
}

export function remapProblem(problem: Problem, lists: Record<string, number[]>): Problem {
  if (!problem.errors) return problem;
  return {
    ...problem,
    errors: problem.errors.map((e) => {
      const location = normalizeLocation(e.location);
      const match = /^(\w+)\[(\d+)\](.*)$/.exec(location);
      const rows = match ? lists[match[1] ?? ''] : undefined;
      if (!match || !rows) return { ...e, location };
      const row = rows[Number(match[2])];
      return { ...e, location: row === undefined ? location : `${match[1]}[${row}]${match[3]}` };
    }),
  };
}

export interface ContactRow {
  type: ContactType;
  value: string;
  label: string;
}

export const toContactRows = (contacts: Contact[]): ContactRow[] =>
  contacts.map((c) => ({ type: c.type, value: c.value, label: c.label ?? '' }));

export const fromContactRows = (rows: ContactRow[]): { items: Contact[]; rows: number[] } => {
  const kept = keep(rows, (r) => r.value.trim() !== '');
  return {
    items: kept.items.map((r) => ({
      type: r.type,
      value: r.value.trim(),
      ...(r.label.trim() ? { label: r.label.trim() } : {}),
    })),
    rows: kept.rows,
  };
};

const CONTACT_TYPES: ContactType[] = ['email', 'phone', 'url'];
const INPUT_TYPE: Record<ContactType, string> = { email: 'email', phone: 'tel', url: 'url' };

export function ContactsEditor({
  rows,
  onChange,
  problem,
}: {
  rows: ContactRow[];
  onChange(rows: ContactRow[]): void;
  problem: Problem | null;
}) {
  const { t, tx } = useI18n();
  const set = (i: number, change: Partial<ContactRow>) =>
    onChange(rows.map((r, j) => (j === i ? { ...r, ...change } : r)));
  return (
    <fieldset className="fieldset">
      <legend>{t('newParty.contacts')}</legend>
      <GroupErrors errors={errorsAt(problem, 'contacts')} />
      {rows.map((row, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: rows are edited in place; their position is their identity
        <div className="row-editor" key={i}>
          <Field
            label={t('newParty.contactType')}
            location={`contacts[${i}].type`}
            errors={errorsAt(problem, `contacts[${i}].type`)}
          >
            {(control) => (
              <select
                {...control}
                className="input"
                value={row.type}
                onChange={(e) => set(i, { type: e.target.value as ContactType })}
              >
                {CONTACT_TYPES.map((type) => (
                  <option key={type} value={type}>
                    {tx(`contact.${type}`, type)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field
            label={t('newParty.contactValue')}
            location={`contacts[${i}].value`}
            className="grow"
            errors={[...errorsAt(problem, `contacts[${i}]`), ...errorsAt(problem, `contacts[${i}].value`)]}
          >
            {(control) => (
              <input
                {...control}
                className="input"
                type={INPUT_TYPE[row.type]}
                value={row.value}
                onChange={(e) => set(i, { value: e.target.value })}
              />
            )}
          </Field>
          <Field
            label={t('newParty.contactLabel')}
            location={`contacts[${i}].label`}
            optional
            errors={errorsAt(problem, `contacts[${i}].label`)}
          >
            {(control) => (
              <input
                {...control}
                className="input"
                value={row.label}
                onChange={(e) => set(i, { label: e.target.value })}
              />
            )}
          </Field>
          <RemoveRow n={i + 1} onClick={() => onChange(rows.filter((_, j) => j !== i))} />
        </div>
      ))}
      <button
        type="button"
        className="button button-secondary button-small"
        onClick={() => onChange([...rows, { type: 'email', value: '', label: '' }])}
      >
        + {t('newParty.addContact')}
      </button>
    </fieldset>
  );
}

export interface IdentifierRow {
  scheme: string;
  value: string;
}

export function IdentifiersEditor({
  rows,
  onChange,
  problem,
  schemes,
  primaryScheme,
}: {
  rows: IdentifierRow[];
  onChange(rows: IdentifierRow[]): void;
  problem: Problem | null;
  schemes: SchemeInfo[];
  primaryScheme: string;
}) {
  const { t } = useI18n();
  const set = (i: number, change: Partial<IdentifierRow>) =>
    onChange(rows.map((r, j) => (j === i ? { ...r, ...change } : r)));
  const primaryName = schemes.find((s) => s.id === primaryScheme)?.name ?? primaryScheme;
  return (
    <fieldset className="fieldset">
      <legend>{t('newParty.identifiers')}</legend>
      <p className="field-hint">
        {t('newParty.identifiersHint', { scheme: `${primaryName} (${primaryScheme})` })}
      </p>
      <GroupErrors errors={errorsAt(problem, 'identifiers')} />
      {rows.map((row, i) => {
        const example = schemes.find((s) => s.id === row.scheme)?.example;
        return (
          // biome-ignore lint/suspicious/noArrayIndexKey: rows are edited in place; their position is their identity
          <div className="row-editor" key={i}>
            <Field
              label={t('newParty.scheme')}
              location={`identifiers[${i}].scheme`}
              className="grow"
              errors={errorsAt(problem, `identifiers[${i}].scheme`)}
            >
              {(control) => (
                <SchemeSelect
                  {...control}
                  schemes={schemes}
                  exclude={['ubin', 'domain']}
                  value={row.scheme}
                  onChange={(scheme) => set(i, { scheme })}
                />
              )}
            </Field>
            <Field
              label={t('newParty.value')}
              location={`identifiers[${i}].value`}
              className="grow"
              hint={example ? t('idtool.example', { example }) : undefined}
              errors={[
                ...errorsAt(problem, `identifiers[${i}]`),
                ...errorsAt(problem, `identifiers[${i}].value`),
              ]}
            >
              {(control) => (
                <input
                  {...control}
                  className="input input-mono"
                  value={row.value}
                  onChange={(e) => set(i, { value: e.target.value })}
                  autoComplete="off"
                  spellCheck={false}
                />
              )}
            </Field>
            <RemoveRow
              n={i + 1}
              onClick={() => onChange(rows.filter((_, j) => j !== i))}
              disabled={rows.length === 1}
            />
          </div>
        );
      })}
      <button
        type="button"
        className="button button-secondary button-small"
        onClick={() => onChange([...rows, { scheme: 'lei', value: '' }])}
      >
        + {t('newParty.addIdentifier')}
      </button>
    </fieldset>
  );
}

export function WebsitesEditor({
  rows,
  onChange,
  problem,
}: {
  rows: string[];
  onChange(rows: string[]): void;
  problem: Problem | null;
}) {
  const { t } = useI18n();
  return (
    <fieldset className="fieldset">
      <legend>{t('newParty.websites')}</legend>
      <p className="field-hint">{t('newParty.websitesHint')}</p>
      <GroupErrors errors={errorsAt(problem, 'websites')} />
      {rows.map((row, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: rows are edited in place; their position is their identity
        <div className="row-editor" key={i}>
          <Field
            label={t('newParty.website')}
            location={`websites[${i}]`}
            className="grow"
            errors={errorsAt(problem, `websites[${i}]`)}
          >
            {(control) => (
              <input
                {...control}
                className="input"
                value={row}
                placeholder={t('newParty.websitePlaceholder')}
                onChange={(e) => onChange(rows.map((r, j) => (j === i ? e.target.value : r)))}
                autoComplete="off"
                spellCheck={false}
              />
            )}
          </Field>
          <RemoveRow n={i + 1} onClick={() => onChange(rows.filter((_, j) => j !== i))} />
        </div>
      ))}
      <button
        type="button"
        className="button button-secondary button-small"
        onClick={() => onChange([...rows, ''])}
      >
        + {t('newParty.addWebsite')}
      </button>
    </fieldset>
  );
}

function RemoveRow({ n, onClick, disabled }: { n: number; onClick(): void; disabled?: boolean }) {
  const { t } = useI18n();
  return (
    <div className="row-remove">
      <button
        type="button"
        className="button button-ghost button-small"
        onClick={onClick}
        disabled={disabled}
        aria-label={t('newParty.removeRow', { n })}
        title={t('newParty.removeRow', { n })}
      >
        <span aria-hidden="true">✕</span>
      </button>
    </div>
  );
}

export interface AddressRows {
  lines: string;
  locality: string;
  region: string;
  postalCode: string;
}

export const EMPTY_ADDRESS: AddressRows = { lines: '', locality: '', region: '', postalCode: '' };

export const toAddressRows = (address: Address | null): AddressRows =>
  address
    ? {
        lines: address.lines.join('\n'),
        locality: address.locality ?? '',
        region: address.region ?? '',
        postalCode: address.postalCode ?? '',
      }
    : EMPTY_ADDRESS;

/** The address to send, or null when every field is empty. */
export function fromAddressRows(rows: AddressRows, country: string): Address | null {
  const lines = rows.lines
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  const locality = rows.locality.trim();
  const region = rows.region.trim();
  const postalCode = rows.postalCode.trim();
  if (lines.length === 0 && !locality && !region && !postalCode) return null;
  return {
    lines,
    ...(locality ? { locality } : {}),
    ...(region ? { region } : {}),
    ...(postalCode ? { postalCode } : {}),
    country,
  };
}

export function AddressEditor({
  rows,
  onChange,
  problem,
}: {
  rows: AddressRows;
  onChange(rows: AddressRows): void;
  problem: Problem | null;
}) {
  const { t } = useI18n();
  const lineErrors = (problem?.errors ?? []).filter((e) =>
    normalizeLocation(e.location).startsWith('address.lines'),
  );
  const input = (key: Exclude<keyof AddressRows, 'lines'>, label: string, className?: string) => (
    <Field
      label={label}
      location={`address.${key}`}
      optional
      className={className}
      errors={errorsAt(problem, `address.${key}`)}
    >
      {(control) => (
        <input
          {...control}
          className="input"
          value={rows[key]}
          onChange={(e) => onChange({ ...rows, [key]: e.target.value })}
        />
      )}
    </Field>
  );
  return (
    <fieldset className="fieldset">
      <legend>{t('newParty.address')}</legend>
      <GroupErrors errors={[...errorsAt(problem, 'address'), ...errorsAt(problem, 'address.country')]} />
      <Field
        label={t('newParty.addressLines')}
        location="address.lines"
        hint={t('newParty.addressLinesHint')}
        optional
        errors={lineErrors}
      >
        {(control) => (
          <textarea
            {...control}
            className="input"
            rows={2}
            value={rows.lines}
            onChange={(e) => onChange({ ...rows, lines: e.target.value })}
          />
        )}
      </Field>
      <div className="form-row">
        {input('locality', t('newParty.locality'), 'grow')}
        {input('region', t('newParty.region'), 'grow')}
        {input('postalCode', t('newParty.postalCode'))}
      </div>
    </fieldset>
  );
}
