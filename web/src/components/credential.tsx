import { Link } from 'react-router-dom';
import type { CredentialStatus, IssuedCredential, VerificationCheck } from '../api.ts';
import { decodeCredential, NOT_RUN, subjectOf } from '../credentials.ts';
import { type I18n, useI18n } from '../i18n/index.tsx';
import { DataTable } from './table.tsx';

/** A credential type in the reader's language (known CrossTrust types), else as the credential names it. */
export const typeName = (i18n: I18n, type: string): string => i18n.tx(`vcType.${type}`, type);

/** A securing format in words, e.g. “Data Integrity (eddsa-rdfc-2022)”. */
export const formatName = (i18n: I18n, format: string): string => i18n.tx(`vcFormat.${format}`, format);

export function CredentialStatusBadge({ status }: { status: CredentialStatus }) {
  const { t } = useI18n();
  const kind =
    status === 'active' ? 'badge-verified' : status === 'suspended' ? 'badge-unverified' : 'badge-danger';
  return <span className={`badge ${kind}`}>{t(`credStatus.${status}`)}</span>;
}

type Outcome = 'passed' | 'failed' | 'skipped';

const outcomeOf = (c: VerificationCheck): Outcome =>
  c.passed ? 'passed' : c.code === NOT_RUN ? 'skipped' : 'failed';

const MARKS: Record<Outcome, string> = { passed: '✓', failed: '✗', skipped: '–' };

/**
 * The verifier's checklist: one row per check, ✓ or ✗ (– for a check that could not run), its name, what it
 * found in the reader's language where the code is known, and the verifier's own words and code.
 */
export function CheckList({ checks }: { checks: VerificationCheck[] }) {
  const { t, tx } = useI18n();
  return (
    <ol className="checklist">
      {checks.map((c, i) => {
        const outcome = outcomeOf(c);
        const message = c.code ? tx(`vcCode.${c.code}`, c.message) : c.message;
        return (
          // biome-ignore lint/suspicious/noArrayIndexKey: checks are reported in order and never reorder
          <li key={i} className={`is-${outcome}`} data-check={c.check}>
            <span className={`check-mark is-${outcome}`} aria-hidden="true">
              {MARKS[outcome]}
            </span>
            <div className="checklist-body">
              <p className="checklist-name">
                {tx(`check.${c.check}`, c.check)}
                <span className="visually-hidden">: {t(`verify.${outcome}`)}</span>
              </p>
              <p className="checklist-message">{message}</p>
              {message !== c.message && outcome !== 'skipped' ? (
                <p className="muted small checklist-detail">{c.message}</p>
              ) : null}
            </div>
            {c.code && outcome !== 'skipped' ? <code className="checklist-code">{c.code}</code> : null}
          </li>
        );
      })}
    </ol>
  );
}

/** Real failures, not the checks skipped because of one. */
export const failedChecks = (checks: VerificationCheck[]): VerificationCheck[] =>
  checks.filter((c) => outcomeOf(c) === 'failed');

/** Collapsible pretty JSON. */
export function JsonDetails({ summary, value, open }: { summary: string; value: unknown; open?: boolean }) {
  return (
    <details className="json-details" open={open}>
      <summary className="json-summary">{summary}</summary>
      <pre>{JSON.stringify(value, null, 2)}</pre>
    </details>
  );
}

/** The subject's name and id as the credential states them (the list row has only the id). */
function SubjectCell({ credential }: { credential: IssuedCredential }) {
  const subject = subjectOf(decodeCredential(credential.verifiableCredential));
  const id = credential.subjectId ?? subject?.id;
  return (
    <>
      {subject?.name ? <div>{subject.name}</div> : null}
      {id ? <code className="ubin">{id}</code> : null}
    </>
  );
}

/**
 * Issued credentials, each linked to its console page; `withSubject` adds whom each is about (a full-width list),
 * without it the table is compact (a party's own credentials).
 */
export function CredentialsTable({
  items,
  withSubject,
}: {
  items: IssuedCredential[];
  withSubject?: boolean;
}) {
  const i18n = useI18n();
  const { t, date } = i18n;
  return (
    <DataTable
      compact={!withSubject}
      columns={[
        t('creds.colType'),
        ...(withSubject ? [t('creds.colSubject')] : []),
        t('creds.colStatus'),
        t('creds.colFormat'),
        t('creds.colIssued'),
        t('creds.colValidUntil'),
      ]}
    >
      {items.map((c) => (
        <tr key={c.id} className={c.status === 'revoked' ? 'is-muted' : undefined}>
          <td>
            <Link to={`/console/credentials/${c.id}`}>{typeName(i18n, c.type)}</Link>
          </td>
          {withSubject ? (
            <td>
              <SubjectCell credential={c} />
            </td>
          ) : null}
          <td>
            <CredentialStatusBadge status={c.status} />
          </td>
          <td className="small">{formatName(i18n, c.format)}</td>
          <td className="nowrap">{date(c.issuedAt)}</td>
          <td className="nowrap">{c.validUntil ? date(c.validUntil) : t('verify.noExpiry')}</td>
        </tr>
      ))}
    </DataTable>
  );
}
