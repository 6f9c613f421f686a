import {
  api,
  type Criterion,
  type CriterionCategory,
  type LocalizedText,
  type TrustmarkScheme,
} from '../api.ts';
import { DataTable, LoadStatus } from '../components/table.tsx';
import { useLoad } from '../hooks.ts';
import { type MessageKey, useI18n, useTitle } from '../i18n/index.tsx';

export const CATEGORY_KEYS: Record<CriterionCategory, MessageKey> = {
  disclosure: 'schemes.category.disclosure',
  'fair-practices': 'schemes.category.fair-practices',
  security: 'schemes.category.security',
  privacy: 'schemes.category.privacy',
  'dispute-resolution': 'schemes.category.dispute-resolution',
  monitoring: 'schemes.category.monitoring',
  'consumer-information': 'schemes.category.consumer-information',
  transaction: 'schemes.category.transaction',
};

/** Criteria by category, in the order each category first appears in the scheme. */
function byCategory(criteria: readonly Criterion[]): Array<[CriterionCategory, Criterion[]]> {
  const groups = new Map<CriterionCategory, Criterion[]>();
  for (const criterion of criteria) {
    const group = groups.get(criterion.category);
    if (group) group.push(criterion);
    else groups.set(criterion.category, [criterion]);
  }
  return [...groups];
}

function Assessment({ criterion, checks }: { criterion: Criterion; checks: Record<string, LocalizedText> }) {
  const { t, lang } = useI18n();
  const { assessment } = criterion;
  if (assessment.method === 'automated')
    return (
      <>
        <span className="badge badge-verified">{t('schemes.method.automated')}</span>
        <br />
        <span className="small">{checks[assessment.checkId]?.[lang] ?? assessment.checkId}</span>
      </>
    );
  if (assessment.method === 'documentary')
    return (
      <>
        <span className="badge badge-neutral">{t('schemes.method.documentary')}</span>
        <br />
        <span className="small">{t('schemes.evidence', { evidence: assessment.evidence[lang] })}</span>
      </>
    );
  return <span className="badge badge-neutral">{t('schemes.method.judgement')}</span>;
}

function Scheme({ scheme, checks }: { scheme: TrustmarkScheme; checks: Record<string, LocalizedText> }) {
  const { t, lang, region } = useI18n();
  const headingId = `scheme-${scheme.id}`;
  const mandatory = scheme.criteria.filter((c) => c.level === 'mandatory').length;
  return (
    <section className="card stack scheme" aria-labelledby={headingId} data-scheme={scheme.id}>
      <h2 id={headingId}>{scheme.title[lang]}</h2>
      <p className="muted small">
        {t('schemes.version', { version: scheme.version })}
        {scheme.economy ? ` · ${t('schemes.economyOnly', { economy: region(scheme.economy) })}` : ''}
        {` · ${t('schemes.criteriaCount', { count: scheme.criteria.length })}`}
        {` · ${t('schemes.mandatoryCount', { count: mandatory })}`}
      </p>
      <p>{scheme.description[lang]}</p>
      <div>
        <h3>{t('schemes.basedOn')}</h3>
        <ul className="small">
          {scheme.basedOn.map((source) => (
            <li key={source}>{source}</li>
          ))}
        </ul>
      </div>
      {byCategory(scheme.criteria).map(([category, criteria]) => (
        <div key={category} className="stack">
          <h3 id={`${headingId}-${category}`}>{t(CATEGORY_KEYS[category])}</h3>
          <DataTable
            compact
            columns={[
              { label: t('schemes.colId'), className: 'scheme-col-id' },
              { label: t('schemes.colCriterion'), className: 'scheme-col-criterion' },
              { label: t('schemes.colLevel'), className: 'scheme-col-level' },
              { label: t('schemes.colAssessment'), className: 'scheme-col-assessment' },
              t('schemes.colSource'),
            ]}
          >
            {criteria.map((criterion) => (
              <tr key={criterion.id} data-criterion={criterion.id}>
                <td className="nowrap">
                  <code>{criterion.id}</code>
                </td>
                <td>
                  {criterion.text[lang]}
                  {criterion.guidance ? (
                    <p className="muted small">
                      {t('schemes.guidance')} {criterion.guidance[lang]}
                    </p>
                  ) : null}
                </td>
                <td>
                  <span
                    className={`badge ${criterion.level === 'mandatory' ? 'badge-unverified' : 'badge-neutral'}`}
                  >
                    {t(
                      criterion.level === 'mandatory'
                        ? 'schemes.level.mandatory'
                        : 'schemes.level.recommended',
                    )}
                  </span>
                </td>
                <td>
                  <Assessment criterion={criterion} checks={checks} />
                </td>
                <td className="small">{criterion.source}</td>
              </tr>
            ))}
          </DataTable>
        </div>
      ))}
    </section>
  );
}

/** The public list of trustmark criteria schemes, with every criterion and how it is assessed. */
export function TrustmarkSchemesPage() {
  const { t, lang } = useI18n();
  useTitle(t('schemes.title'));
  const loaded = useLoad(() => api.trustmarkSchemes(), 'trustmark-schemes');
  const data = loaded.data;
  return (
    <div className="stack">
      <h1>{t('schemes.title')}</h1>
      <p className="lead">{t('schemes.intro')}</p>
      <LoadStatus loaded={loaded} />
      {data ? (
        <>
          <nav aria-label={t('schemes.contents')}>
            <ul>
              {data.schemes.map((scheme) => (
                <li key={scheme.id}>
                  <a href={`#scheme-${scheme.id}`}>{scheme.title[lang]}</a>
                </li>
              ))}
            </ul>
          </nav>
          {data.schemes.map((scheme) => (
            <Scheme key={`${scheme.id}@${scheme.version}`} scheme={scheme} checks={data.automatedChecks} />
          ))}
        </>
      ) : null}
    </div>
  );
}
