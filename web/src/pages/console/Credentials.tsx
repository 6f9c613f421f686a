import { Link } from 'react-router-dom';
import { api, CREDENTIAL_STATUSES } from '../../api.ts';
import { CredentialsTable, typeName } from '../../components/credential.tsx';
import { Field, TextInput } from '../../components/form.tsx';
import { FilterBar, LoadStatus, Pager } from '../../components/table.tsx';
import { useDraft, useLoad, useSearchFilters } from '../../hooks.ts';
import { useI18n, useTitle } from '../../i18n/index.tsx';

const PAGE = 25;
/** Types offered in the filter even before any is issued. */
const KNOWN_TYPES = ['BusinessIdentityCredential'];

export function CredentialsPage() {
  const i18n = useI18n();
  const { t } = i18n;
  useTitle(t('creds.title'));
  const { params, page, update } = useSearchFilters();
  const status = params.get('status') ?? '';
  const type = params.get('type') ?? '';
  const [typeInput, setTypeInput] = useDraft(type);

  // One more than a page, to know whether there is a next one.
  const list = useLoad(
    () => api.listCredentials({ status, type, limit: PAGE + 1, offset: (page - 1) * PAGE }),
    JSON.stringify([status, type, page]),
  );

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
      <FilterBar submitLabel={t('creds.filter')} onSubmit={() => update({ type: typeInput.trim() })}>
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
              <TextInput
                {...control}
                list="credential-types"
                value={typeInput}
                onChange={setTypeInput}
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
      </FilterBar>
      <LoadStatus loaded={list} />
      {list.data ? (
        <>
          {items.length === 0 ? <p>{t('creds.empty')}</p> : <CredentialsTable items={items} withSubject />}
          {page > 1 || hasNext ? (
            <Pager
              page={page}
              label={t('creds.page', { page })}
              hasNext={hasNext}
              onPage={(to) => update({ page: String(to) })}
            />
          ) : null}
        </>
      ) : null}
    </>
  );
}
