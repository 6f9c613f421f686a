import { type FormEvent, useEffect, useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { api, ECONOMIES, PARTY_KINDS } from '../../api.ts';
import { Field, Loading } from '../../components/form.tsx';
import { EconomyTag } from '../../components/party.tsx';
import { ProblemAlert } from '../../components/problem.tsx';
import { useLoad } from '../../hooks.ts';
import { useI18n, useTitle } from '../../i18n/index.tsx';

const PAGE = 25;

export function PartiesPage() {
  const { t, tx, region, date, number } = useI18n();
  useTitle(t('console.parties'));
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const economy = params.get('economy') ?? '';
  const kind = params.get('kind') ?? '';
  const page = Math.max(1, Number(params.get('page') ?? '1') || 1);
  const [input, setInput] = useState(q);
  useEffect(() => setInput(q), [q]);

  const list = useLoad(
    () => api.searchParties({ q, economy, kind, limit: PAGE, offset: (page - 1) * PAGE }),
    JSON.stringify([q, economy, kind, page]),
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
    update({ q: input.trim() });
  };
  const pages = list.data ? Math.max(1, Math.ceil(list.data.total / PAGE)) : 1;

  return (
    <>
      <div className="page-title-row">
        <h1>{t('console.parties')}</h1>
        <Link to="/console/parties/new" className="button">
          + {t('console.newParty')}
        </Link>
      </div>
      <search>
        <form className="filters" onSubmit={submit}>
          <Field label={t('console.search')} className="grow">
            {(control) => (
              <input
                {...control}
                type="search"
                className="input"
                value={input}
                onChange={(e) => setInput(e.target.value)}
                autoComplete="off"
              />
            )}
          </Field>
          <Field label={t('console.economy')}>
            {(control) => (
              <select
                {...control}
                className="input"
                value={economy}
                onChange={(e) => update({ economy: e.target.value })}
              >
                <option value="">{t('console.allEconomies')}</option>
                {ECONOMIES.map((c) => (
                  <option key={c} value={c}>
                    {region(c)} ({c})
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label={t('console.kind')}>
            {(control) => (
              <select
                {...control}
                className="input"
                value={kind}
                onChange={(e) => update({ kind: e.target.value })}
              >
                <option value="">{t('console.allKinds')}</option>
                {PARTY_KINDS.map((k) => (
                  <option key={k} value={k}>
                    {tx(`kind.${k}`, k)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <div className="form-row-action">
            <button type="submit" className="button button-secondary">
              {t('console.filter')}
            </button>
          </div>
        </form>
      </search>
      <ProblemAlert problem={list.problem} />
      {!list.data && list.loading ? <Loading /> : null}
      {list.data ? (
        <>
          <p className="muted" aria-live="polite">
            {t('console.partyCount', { count: list.data.total })}
          </p>
          {list.data.items.length === 0 ? (
            <p>{t('console.noParties')}</p>
          ) : (
            <div className="table-wrap">
              <table className="table">
                <thead>
                  <tr>
                    <th scope="col">{t('console.colName')}</th>
                    <th scope="col">{t('console.colEconomy')}</th>
                    <th scope="col">{t('console.colKind')}</th>
                    <th scope="col">{t('console.colUbin')}</th>
                    <th scope="col" className="num">
                      {t('console.colWebsites')}
                    </th>
                    <th scope="col">{t('console.colUpdated')}</th>
                  </tr>
                </thead>
                <tbody>
                  {list.data.items.map((p) => (
                    <tr key={p.id}>
                      <td>
                        <Link to={`/console/parties/${p.id}`}>{p.name}</Link>
                        {p.nameLatin ? <div className="muted small">{p.nameLatin}</div> : null}
                      </td>
                      <td>
                        <EconomyTag code={p.homeEconomy} />
                      </td>
                      <td>{tx(`kind.${p.kind}`, p.kind)}</td>
                      <td>
                        <code className="ubin">{p.ubin}</code>
                      </td>
                      <td className="num">
                        {number(p.websites.filter((w) => w.ownershipVerified).length)} /{' '}
                        {number(p.websites.length)}
                      </td>
                      <td className="nowrap">{date(p.updatedAt)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          {pages > 1 ? (
            <nav className="pager" aria-label={t('app.pageOf', { page, pages })}>
              <button
                type="button"
                className="button button-secondary button-small"
                disabled={page <= 1}
                onClick={() => update({ page: String(page - 1) })}
              >
                ← {t('app.previous')}
              </button>
              <span>{t('app.pageOf', { page, pages })}</span>
              <button
                type="button"
                className="button button-secondary button-small"
                disabled={page >= pages}
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
