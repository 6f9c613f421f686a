import { type FormEvent, useEffect, useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { api, CREDENTIAL_STATUSES, type IssuedCredential } from '../../api.ts';
import { CredentialStatusBadge, formatName, typeName } from '../../components/credential.tsx';
import { Field, Loading } from '../../components/form.tsx';
import { ProblemAlert } from '../../components/problem.tsx';
import { decodeCredential, subjectOf } from '../../credentials.ts';
import { useLoad } from '../../hooks.ts';
import { useI18n, useTitle } from '../../i18n/index.tsx';

const PAGE = 25;
/** Types offered in the filter even before any is issued. */
const KNOWN_TYPES = ['BusinessIdentityCredential'];

/** The subject's name and id as the credential states them (the list row has only the id). */
export function SubjectCell({ credential }: { credential: IssuedCredential }) {
  const subject = subjectOf(decodeCredential(credential.verifiableCredential));
  const id = credential.subjectId ?? subject?.id;
  return (
    <>
      {subject?.name ? <div>{subject.name}</div> : null}
      {id ? <code className="ubin">{id}</code> : null}
    </>
  );
}

export function CredentialsPage() {
  const i18n = useI18n();
  const { t, date } = i18n;
  useTitle(t('creds.title'));
  const [params, setParams] = useSearchParams();
  const status = params.get('status') ?? '';
  const type = params.get('type') ?? '';
  const page = Math.max(1, Number(params.get('page') ?? '1') || 1);
  const [typeInput, setTypeInput] = useState(type);
  useEffect(() => setTypeInput(type), [type]);

  // One more than a page, to know whether there is a next one.
  const list = useLoad(
    () => api.listCredentials({ status, type, limit: PAGE + 1, offset: (page - 1) * PAGE }),
    JSON.stringify([status, type, page]),
  );

  const update = (changes: Record<string, string>) => {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(changes)) {
      if (value) next.set(key, value);
      else next.delete(key);
    }
    if (!('page' in changes)) next.delete('page');
    setParams(next);
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    update({ type: typeInput.trim() });
  };

  const items = list.data?.items.slice(0, PAGE) ?? [];
  const hasNext = (list.data?.items.length ?? 0) > PAGE;
  const types = [...new Set([...KNOWN_TYPES, ...items.map((c) => c.type)])].sort();

  return (
    <>
      <div className="page-title-row">
        <h1>{t('creds.title')}</h1>
        <Link to="/verify" className="button button-secondary">
          {t('verify.title')}
        </Link>
      </div>
      <p className="muted">{t('creds.intro')}</p>
      <search>
        <form className="filters" onSubmit={submit}>
          <Field label={t('creds.status')}>
            {(control) => (
              <select
                {...control}
                className="input"
                value={status}
                onChange={(e) => update({ status: e.target.value })}
              >
                <option value="">{t('creds.allStatuses')}</option>
                {CREDENTIAL_STATUSES.map((s) => (
                  <option key={s} value={s}>
                    {t(`credStatus.${s}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label={t('creds.type')} className="grow" hint={t('creds.typeHint')}>
            {(control) => (
              <>
                <input
                  {...control}
                  className="input"
                  list="credential-types"
                  value={typeInput}
                  onChange={(e) => setTypeInput(e.target.value)}
                  autoComplete="off"
                  spellCheck={false}
                />
                <datalist id="credential-types">
                  {types.map((ty) => (
                    <option key={ty} value={ty}>
                      {typeName(i18n, ty)}
                    </option>
                  ))}
                </datalist>
              </>
            )}
          </Field>
          <div className="form-row-action">
            <button type="submit" className="button button-secondary">
              {t('creds.filter')}
            </button>
          </div>
        </form>
      </search>
      <ProblemAlert problem={list.problem} />
      {!list.data && list.loading ? <Loading /> : null}
      {list.data ? (
        <>
          {items.length === 0 ? (
            <p>{t('creds.empty')}</p>
          ) : (
            <div className="table-wrap">
              <table className="table">
                <thead>
                  <tr>
                    <th scope="col">{t('creds.colType')}</th>
                    <th scope="col">{t('creds.colSubject')}</th>
                    <th scope="col">{t('creds.colStatus')}</th>
                    <th scope="col">{t('creds.colFormat')}</th>
                    <th scope="col">{t('creds.colIssued')}</th>
                    <th scope="col">{t('creds.colValidUntil')}</th>
                  </tr>
                </thead>
                <tbody>
                  {items.map((c) => (
                    <tr key={c.id} className={c.status === 'revoked' ? 'is-muted' : undefined}>
                      <td>
                        <Link to={`/console/credentials/${c.id}`}>{typeName(i18n, c.type)}</Link>
                      </td>
                      <td>
                        <SubjectCell credential={c} />
                      </td>
                      <td>
                        <CredentialStatusBadge status={c.status} />
                      </td>
                      <td className="small">{formatName(i18n, c.format)}</td>
                      <td className="nowrap">{date(c.issuedAt)}</td>
                      <td className="nowrap">{c.validUntil ? date(c.validUntil) : t('verify.noExpiry')}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          {page > 1 || hasNext ? (
            <nav className="pager" aria-label={t('creds.page', { page })}>
              <button
                type="button"
                className="button button-secondary button-small"
                disabled={page <= 1}
                onClick={() => update({ page: String(page - 1) })}
              >
                ← {t('app.previous')}
              </button>
              <span>{t('creds.page', { page })}</span>
              <button
                type="button"
                className="button button-secondary button-small"
                disabled={!hasNext}
                onClick={() => update({ page: String(page + 1) })}
              >
                {t('app.next')} →
              </button>
            </nav>
          ) : null}
        </>
      ) : null}
    </>
  );
}
