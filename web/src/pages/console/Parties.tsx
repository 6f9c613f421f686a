import { Link } from 'react-router-dom';
import { api } from '../../api.ts';
import { Field, TextInput } from '../../components/form.tsx';
import { EconomyOptions, EconomyTag, KindOptions } from '../../components/party.tsx';
import { DataTable, FilterBar, LoadStatus, Pager } from '../../components/table.tsx';
import { useDraft, useLoad, useSearchFilters } from '../../hooks.ts';
import { useI18n, useTitle } from '../../i18n/index.tsx';

const PAGE = 25;

export function PartiesPage() {
  const { t, tx, date, number } = useI18n();
  useTitle(t('console.parties'));
  const { params, page, update } = useSearchFilters();
  const q = params.get('q') ?? '';
  const economy = params.get('economy') ?? '';
  const kind = params.get('kind') ?? '';
  const [input, setInput] = useDraft(q);

  const list = useLoad(
    () => api.searchParties({ q, economy, kind, limit: PAGE, offset: (page - 1) * PAGE }),
    JSON.stringify([q, economy, kind, page]),
  );

  const pages = list.data ? Math.max(1, Math.ceil(list.data.total / PAGE)) : 1;

  return (
    <>
      <div className="page-title-row">
        <h1>{t('console.parties')}</h1>
        <Link to="/console/parties/new" className="button">
          + {t('console.newParty')}
        </Link>
      </div>
      <FilterBar submitLabel={t('console.filter')} onSubmit={() => update({ q: input.trim() })}>
        <Field label={t('console.search')} className="grow">
          {(control) => (
            <TextInput {...control} type="search" value={input} onChange={setInput} autoComplete="off" />
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
              <EconomyOptions />
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
              <KindOptions />
            </select>
          )}
        </Field>
      </FilterBar>
      <LoadStatus loaded={list} />
      {list.data ? (
        <>
          <p className="muted" aria-live="polite">
            {t('console.partyCount', { count: list.data.total })}
          </p>
          {list.data.items.length === 0 ? (
            <p>{t('console.noParties')}</p>
          ) : (
            <DataTable
              columns={[
                t('console.colName'),
                t('console.colEconomy'),
                t('console.colKind'),
                t('console.colUbin'),
                { label: t('console.colWebsites'), className: 'num' },
                t('console.colUpdated'),
              ]}
            >
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
            </DataTable>
          )}
          {pages > 1 ? (
            <Pager
              page={page}
              label={t('app.pageOf', { page, pages })}
              hasNext={page < pages}
              onPage={(to) => update({ page: String(to) })}
            />
          ) : null}
        </>
      ) : null}
    </>
  );
}
