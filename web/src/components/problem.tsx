import type { MouseEvent, ReactNode } from 'react';
import { normalizeLocation, type Problem, type ProblemDetail } from '../api.ts';
import { errorText, useI18n } from '../i18n/index.tsx';

/** The id a form control gets for a problem location, so the error summary can link to it. */
export const fieldId = (location: string): string => `f-${location.replace(/[^A-Za-z0-9_-]+/g, '-')}`;

/** The problems the node reported at exactly this location. */
export function errorsAt(problem: Problem | null | undefined, location: string): ProblemDetail[] {
  if (!problem?.errors) return [];
  return problem.errors.filter((e) => normalizeLocation(e.location) === location);
}

/** The heading for a problem in the reader's language: by its code, then by its status, else the node's text. */
export function useProblemTitle(): (problem: Problem) => string {
  const i18n = useI18n();
  return (problem) =>
    i18n.tx(`problem.${problem.code}`, i18n.tx(`problem.status.${problem.status}`, problem.detail));
}

/**
 * An error summary: what went wrong and every problem the node listed, each linked to its field when the field
 * is on the page. Announced to screen readers as an alert.
 */
export function ProblemAlert({
  problem,
  children,
}: {
  problem: Problem | null | undefined;
  children?: ReactNode;
}) {
  const i18n = useI18n();
  const title = useProblemTitle();
  if (!problem) return null;
  const heading = title(problem);
  const errors = (problem.errors ?? []).filter((e) => errorText(i18n, e) !== heading);
  const focusField = (location: string) => (event: MouseEvent) => {
    // The router owns the address bar: move focus without changing the URL's fragment.
    event.preventDefault();
    const target = document.getElementById(fieldId(location));
    if (!target) return;
    target.focus();
    target.scrollIntoView({ block: 'center', behavior: 'smooth' });
  };
  return (
    <div className="alert alert-error" role="alert">
      <p className="alert-title">{heading}</p>
      {errors.length > 0 && (
        <ul className="alert-list">
          {errors.map((e, i) => {
            const location = normalizeLocation(e.location);
            const text = errorText(i18n, e);
            return (
              // biome-ignore lint/suspicious/noArrayIndexKey: problems have no identity; the list never reorders
              <li key={i}>
                {location ? (
                  <a href={`#${fieldId(location)}`} onClick={focusField(location)}>
                    {text}
                  </a>
                ) : (
                  text
                )}
              </li>
            );
          })}
        </ul>
      )}
      {problem.status >= 500 && problem.requestId ? (
        <p className="muted small">{i18n.t('problem.requestId', { id: problem.requestId })}</p>
      ) : null}
      {children}
    </div>
  );
}
