import { Link, useParams } from 'react-router-dom';
import { api, type ComplaintStatistics } from '../api.ts';
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

/** A share as a whole percentage in the reader's locale. */
// Nothing due yet is no record at all, not 0 %.
const percent = (locale: string, part: number, whole: number): string =>
  whole === 0
    ? '—'
    : new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(part / whole);

/** The business's public complaint record on this node: counts and times only, never anything about a consumer. */
function ComplaintRecord({ partyId }: { partyId: string }) {
  const { t, locale, number } = useI18n();
  const stats = useLoad(() => api.complaintStatistics({ merchant: partyId }), partyId);
  const s: ComplaintStatistics | undefined = stats.data;
  return (
    <section className="card stack complaint-record" aria-labelledby="complaint-record-heading">
      <div className="card-title-row">
        <h2 id="complaint-record-heading">{t('cstats.title')}</h2>
        <Link
          to={`/complaints/new?merchant=${encodeURIComponent(partyId)}`}
          className="button button-secondary button-small"
        >
          {t('cstats.file')}
        </Link>
      </div>
      {stats.problem ? <p className="muted">{t('cstats.unavailable')}</p> : null}
      {!s && stats.loading ? <Loading /> : null}
      {s && s.received === 0 ? <p className="muted">{t('cstats.none')}</p> : null}
      {s && s.received > 0 ? (
        <>
          <dl className="stat-grid">
            <div data-stat="received">
              <dt>{t('cstats.received')}</dt>
              <dd>
                <span className="stat-value">{number(s.received)}</span>
                <span className="muted small">{t('cstats.open', { count: s.open })}</span>
              </dd>
            </div>
            <div data-stat="answeredOnTime">
              <dt>{t('cstats.answeredOnTime')}</dt>
              <dd>
                <span className="stat-value">{percent(locale, s.answeredOnTime, s.answerDue)}</span>
                <span className="muted small">
                  {t('cstats.ofReceived', { part: number(s.answeredOnTime), whole: number(s.answerDue) })}
                </span>
              </dd>
            </div>
            <div data-stat="resolved">
              <dt>{t('cstats.resolved')}</dt>
              <dd>
                <span className="stat-value">{number(s.resolved)}</span>
                <span className="muted small">{t('cstats.unresolved', { count: s.unresolved })}</span>
              </dd>
            </div>
            <div data-stat="medianDays">
              <dt>{t('cstats.medianDays')}</dt>
              <dd>
                <span className="stat-value">
                  {s.medianDaysToClose === null
                    ? t('app.none')
                    : s.medianDaysToClose < 1
                      ? t('cstats.underADay')
                      : t('cstats.days', { count: s.medianDaysToClose })}
                </span>
              </dd>
            </div>
            <div data-stat="satisfaction">
              <dt>{t('cstats.satisfaction')}</dt>
              <dd>
                <span className="stat-value">
                  {s.satisfaction === null
                    ? t('app.none')
                    : t('cstats.outOfFive', { value: number(s.satisfaction) })}
                </span>
                <span className="muted small">{t('cstats.ratings', { count: s.ratings })}</span>
              </dd>
            </div>
          </dl>
          <p className="muted small">{t('cstats.note')}</p>
        </>
      ) : null}
    </section>
  );
}

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
      <ComplaintRecord partyId={p.id} />
      <p className="muted small">
        {t('party.registered', { date: date(p.createdAt) })} ·{' '}
        {t('party.updated', { date: date(p.updatedAt) })}
      </p>
    </article>
  );
}
