import type { FormEvent, ReactNode } from 'react';
import type { Loaded } from '../hooks.ts';
import { useI18n } from '../i18n/index.tsx';
import { Loading } from './form.tsx';
import { ProblemAlert } from './problem.tsx';

/** A column heading: its text, or the text with a class (`num`) or read out only (for a column of buttons). */
export type Column = string | { label: string; className?: string; hidden?: boolean };

/** A table that scrolls sideways on small screens, with its column headings. */
export function DataTable({
  columns,
  compact,
  children,
}: {
  columns: Column[];
  compact?: boolean;
  /** The body rows. */
  children: ReactNode;
}) {
  return (
    <div className="table-wrap">
      <table className={compact ? 'table table-compact' : 'table'}>
        <thead>
          <tr>
            {columns.map((column, i) => {
              const { label, className, hidden } = typeof column === 'string' ? { label: column } : column;
              return (
                // biome-ignore lint/suspicious/noArrayIndexKey: columns are positional and never reorder
                <th key={i} scope="col" className={className}>
                  {hidden ? <span className="visually-hidden">{label}</span> : label}
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}

/** What went wrong loading, or a spinner until the first answer (later reloads keep the data in view). */
export function LoadStatus({ loaded }: { loaded: Loaded<unknown> }) {
  return (
    <>
      <ProblemAlert problem={loaded.problem} />
      {!loaded.data && loaded.loading ? <Loading /> : null}
    </>
  );
}

/** Previous and next buttons around `label` (“Page 2 of 5”), which also names the navigation. */
export function Pager({
  page,
  label,
  hasNext,
  onPage,
}: {
  page: number;
  label: string;
  hasNext: boolean;
  onPage(page: number): void;
}) {
  const { t } = useI18n();
  return (
    <nav className="pager" aria-label={label}>
      <button
        type="button"
        className="button button-secondary button-small"
        disabled={page <= 1}
        onClick={() => onPage(page - 1)}
      >
        ← {t('app.previous')}
      </button>
      <span>{label}</span>
      <button
        type="button"
        className="button button-secondary button-small"
        disabled={!hasNext}
        onClick={() => onPage(page + 1)}
      >
        {t('app.next')} →
      </button>
    </nav>
  );
}

/** A list's filters: `children` fields in a row, then the button that applies them. */
export function FilterBar({
  submitLabel,
  onSubmit,
  children,
}: {
  submitLabel: string;
  onSubmit(): void;
  children: ReactNode;
}) {
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit();
  };
  return (
    <search>
      <form className="filters" onSubmit={submit}>
        {children}
        <div className="form-row-action">
          <button type="submit" className="button button-secondary">
            {submitLabel}
          </button>
        </div>
      </form>
    </search>
  );
}
