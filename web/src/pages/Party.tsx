import { Link, useParams } from 'react-router-dom';
import { api } from '../api.ts';
import { Loading } from '../components/form.tsx';
import { Breadcrumb } from '../components/layout.tsx';
import {
  AddressBlock,
  anchorsUbin,
  ContactList,
  PartyTags,
  SchemeName,
  UbinPairs,
  WebsiteList,
} from '../components/party.tsx';
import { ProblemAlert } from '../components/problem.tsx';
import { useLoad, useSchemes } from '../hooks.ts';
import { useI18n, useTitle } from '../i18n/index.tsx';

export function PartyPage() {
  const { id = '' } = useParams();
  const { t, date } = useI18n();
  const party = useLoad(() => api.getParty(id), id);
  const schemes = useSchemes();
  useTitle(party.data?.name ?? t('lookup.title'));

  if (!party.data) {
    if (party.problem) {
      return (
        <section className="narrow">
          {party.problem.status === 404 ? (
            <div className="verdict verdict-neutral" role="status">
              <h1>{t('party.notFound')}</h1>
            </div>
          ) : (
            <ProblemAlert problem={party.problem} />
          )}
          <p>
            <Link to="/lookup">← {t('party.backToLookup')}</Link>
          </p>
        </section>
      );
    }
    return <Loading />;
  }
  const p = party.data;
  return (
    <article className="party-page">
      <Breadcrumb to="/lookup">{t('party.backToLookup')}</Breadcrumb>
      <header className="page-head">
        <h1>{p.name}</h1>
        <PartyTags party={p} />
        <UbinPairs party={p} />
      </header>
      <div className="grid-2">
        <section className="card">
          <h2>{t('party.websites')}</h2>
          <WebsiteList websites={p.websites} />
        </section>
        <section className="card">
          <h2>{t('party.identifiers')}</h2>
          <table className="table table-compact">
            <thead>
              <tr>
                <th scope="col">{t('party.scheme')}</th>
                <th scope="col">{t('party.value')}</th>
              </tr>
            </thead>
            <tbody>
              {p.identifiers.map((i) => (
                <tr key={i.id}>
                  <td>
                    <SchemeName id={i.scheme} schemes={schemes} />
                  </td>
                  <td>
                    <code>{i.value}</code>
                    {anchorsUbin(p, i) ? (
                      <span className="tag tag-small">{t('party.anchorsUbin')}</span>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
        <section className="card">
          <h2>{t('party.address')}</h2>
          <AddressBlock address={p.address} />
        </section>
        <section className="card">
          <h2>{t('party.contacts')}</h2>
          <ContactList contacts={p.contacts} />
        </section>
      </div>
      <p className="muted small">
        {t('party.registered', { date: date(p.createdAt) })} ·{' '}
        {t('party.updated', { date: date(p.updatedAt) })}
      </p>
    </article>
  );
}
