import { Link } from 'react-router-dom';
import { api } from '../api.ts';
import { Field, TextInput } from '../components/form.tsx';
import { EconomyOptions, EconomyTag } from '../components/party.tsx';
import { DataTable, FilterBar, LoadStatus, Pager } from '../components/table.tsx';
import { latestSchemes, SealStatusBadge, useTrustmarkSchemes } from '../components/trustmark.tsx';
import { useDraft, useLoad, useSearchFilters } from '../hooks.ts';
import { useI18n, useTitle } from '../i18n/index.tsx';

const PAGE = 25;

/** The public registry of certified websites: search by business, website or UBIN, economy and scheme. */
export function TrustmarkRegistryPage() {
  const { t, lang, date } = useI18n();
  useTitle(t('tmreg.title'));
  const { params, page, update } = useSearchFilters();
  const q = params.get('q') ?? '';
  const economy = params.get('economy') ?? '';
  const scheme = params.get('scheme') ?? '';
  const [input, setInput] = useDraft(q);
  const schemes = useTrustmarkSchemes();

  const list = useLoad(
    () => api.certifiedSites({ q, economy, scheme, limit: PAGE, offset: (page - 1) * PAGE }),
    JSON.stringify([q, economy, scheme, page]),
  );
  const pages = list.data ? Math.max(1, Math.ceil(list.data.total / PAGE)) : 1;
  const offered = latestSchemes(schemes);

  return (
    <>
      <div className="page-title-row">
        <h1>{t('tmreg.title')}</h1>
        <Link to="/trustmarks/schemes" className="button button-secondary">
          {t('tmreg.criteriaLink')}
        </Link>
      </div>
      <p className="lead">{t('tmreg.intro')}</p>
      <FilterBar submitLabel={t('tmreg.filter')} onSubmit={() => update({ q: input.trim() })}>
        <Field label={t('tmreg.search')} className="grow">
          {(control) => (
            <TextInput
              {...control}
              type="search"
              name="q"
              value={input}
              onChange={setInput}
              autoComplete="off"
              spellCheck={false}
              placeholder={t('tmreg.searchPlaceholder')}
            />
          )}
        </Field>
        <Field label={t('tmreg.economy')}>
          {(control) => (
            <select
              {...control}
              className="input"
              value={economy}
              onChange={(e) => update({ economy: e.target.value })}
            >
              <option value="">{t('tmreg.allEconomies')}</option>
              <EconomyOptions />
            </select>
          )}
        </Field>
        <Field label={t('tmreg.scheme')}>
          {(control) => (
            <select
              {...control}
              className="input"
              value={scheme}
              onChange={(e) => update({ scheme: e.target.value })}
            >
              <option value="">{t('tmreg.allSchemes')}</option>
              {scheme && !offered.some((s) => s.id === scheme) ? (
                <option value={scheme}>{scheme}</option>
              ) : null}
              {offered.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.title[lang]}
                </option>
              ))}
            </select>
          )}
        </Field>
      </FilterBar>
      <LoadStatus loaded={list} />
      {list.data ? (
        <section aria-labelledby="tmreg-results">
          <h2 id="tmreg-results" className="visually-hidden">
            {t('tmreg.results')}
          </h2>
          <p className="muted" aria-live="polite">
            {t('tmreg.count', { count: list.data.total })}
          </p>
          {list.data.items.length === 0 ? (
            <div className="verdict verdict-neutral" role="status">
              <h2>{t('tmreg.empty')}</h2>
              <p>
                {t('tmreg.emptyHint')}{' '}
                {q ? <Link to={`/lookup?q=${encodeURIComponent(q)}`}>{t('tmreg.lookupInstead')}</Link> : null}
              </p>
            </div>
          ) : (
            <DataTable
              columns={[
                t('tmreg.colBusiness'),
                t('tmreg.colWebsite'),
                t('tmreg.colEconomy'),
                t('tmreg.colScheme'),
                t('tmreg.colStatus'),
                t('tmreg.colValidUntil'),
              ]}
            >
              {list.data.items.map((site) => (
                <tr key={site.applicationId} data-domain={site.domain}>
                  <td>
                    <Link to={`/parties/${site.party.id}`}>{site.party.name}</Link>
                    {site.party.nameLatin ? <div className="muted small">{site.party.nameLatin}</div> : null}
                    <code className="ubin">{site.party.ubin}</code>
                  </td>
                  <td>
                    <Link
                      to={`/trustmarks/verify/${encodeURIComponent(site.domain)}`}
                      aria-label={t('tmreg.verifyLink', { domain: site.domain })}
                      className="nowrap"
                    >
                      {site.domain}
                    </Link>
                  </td>
                  <td>
                    <EconomyTag code={site.party.homeEconomy} />
                  </td>
                  <td>
                    {site.scheme.title?.[lang] ?? site.scheme.id}
                    <div className="muted small">
                      {t('schemes.version', { version: site.scheme.version })}
                    </div>
                  </td>
                  <td>
                    <SealStatusBadge status={site.status} />
                  </td>
                  <td className="nowrap">{site.validUntil ? date(site.validUntil) : t('app.none')}</td>
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
        </section>
      ) : null}
    </>
  );
}
