import { type FormEvent, useEffect, useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import {
  APPLICATION_STATES,
  type ApplicationState,
  api,
  type Party,
  type TrustmarkApplication,
} from '../../api.ts';
import { hasRole, useAuth } from '../../auth.tsx';
import { Field, Notice, SubmitButton, TextInput } from '../../components/form.tsx';
import { errorsAt, ProblemAlert } from '../../components/problem.tsx';
import { DataTable, FilterBar, LoadStatus } from '../../components/table.tsx';
import {
  ApplicationStateBadge,
  latestSchemes,
  schemeTitle,
  TRUSTMARK_STAFF,
  TRUSTMARK_USERS,
  useTrustmarkSchemes,
} from '../../components/trustmark.tsx';
import { useAction, useLoad, useSearchFilters } from '../../hooks.ts';
import { useI18n, useTitle } from '../../i18n/index.tsx';

/** What the queue shows by default: applications waiting for a check or a decision. */
const WAITING: ApplicationState[] = ['submitted', 'in_review', 'resubmitted'];
/** Certificates are in the queue only while a review of them is open. */
const REVIEWABLE: ApplicationState[] = ['certified', 'suspended'];
const NEEDS_WORK = '';
const ALL = 'all';

async function loadQueue(filter: string, partyId?: string): Promise<TrustmarkApplication[]> {
  if (filter === ALL) return (await api.listTrustmarkApplications({ partyId })).items;
  if (filter !== NEEDS_WORK) return (await api.listTrustmarkApplications({ state: filter, partyId })).items;
  const lists = await Promise.all(
    [...WAITING, ...REVIEWABLE].map((state) => api.listTrustmarkApplications({ state, partyId })),
  );
  return lists
    .flatMap((l) => l.items)
    .filter((a) => !REVIEWABLE.includes(a.state) || a.review)
    .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
}

/** The names of the parties in a list, fetched once each. */
function usePartyNames(ids: string[]): Record<string, Party> {
  const [parties, setParties] = useState<Record<string, Party>>({});
  const wanted = [...new Set(ids)].filter((id) => !parties[id]).sort();
  const key = wanted.join(',');
  useEffect(() => {
    if (!key) return;
    let current = true;
    Promise.all(key.split(',').map((id) => api.getParty(id).catch(() => null))).then((found) => {
      if (!current) return;
      setParties((known) => {
        const next = { ...known };
        for (const p of found) if (p) next[p.id] = p;
        return next;
      });
    });
    return () => {
      current = false;
    };
  }, [key]);
  return parties;
}

function ApplicationsTable({ items, withParty }: { items: TrustmarkApplication[]; withParty: boolean }) {
  const { t, lang, date } = useI18n();
  const schemes = useTrustmarkSchemes();
  const parties = usePartyNames(withParty ? items.map((a) => a.partyId) : []);
  return (
    <DataTable
      columns={[
        t('tmconsole.colWebsite'),
        ...(withParty ? [t('tmconsole.colParty')] : []),
        t('tmconsole.colScheme'),
        t('tmconsole.colState'),
        t('tmconsole.colDates'),
        t('tmconsole.colUpdated'),
      ]}
    >
      {items.map((a) => (
        <tr key={a.id} data-application={a.id} className={a.state === 'withdrawn' ? 'is-muted' : undefined}>
          <td>
            <Link to={`/console/trustmarks/${a.id}`} className="nowrap">
              {a.domain}
            </Link>
            {a.renewalOf ? <div className="muted small">{t('tmconsole.renewal')}</div> : null}
          </td>
          {withParty ? (
            <td>{parties[a.partyId]?.name ?? <code className="ubin">{a.partyId}</code>}</td>
          ) : null}
          <td>
            {schemeTitle(lang, schemes, a.scheme.id, a.scheme.version)}
            <div className="muted small">{t('schemes.version', { version: a.scheme.version })}</div>
          </td>
          <td>
            <span className="tags-inline">
              <ApplicationStateBadge state={a.state} />
              {a.review ? <span className="badge badge-unverified">{t('tmconsole.reviewOpen')}</span> : null}
            </span>
          </td>
          <td className="nowrap">
            {a.state === 'gaps_reported' && a.remediationDeadline
              ? t('tmconsole.deadline', { date: date(a.remediationDeadline) })
              : a.validUntil && (a.state === 'certified' || a.state === 'suspended')
                ? t('tmconsole.validUntil', { date: date(a.validUntil) })
                : t('app.none')}
          </td>
          <td className="nowrap">{date(a.updatedAt)}</td>
        </tr>
      ))}
    </DataTable>
  );
}

/** Picks the applying business: a merchant's own party, or (for administrators) one found by name or UBIN. */
function PartyPicker({ party, onParty }: { party: Party | null; onParty(party: Party | null): void }) {
  const { t } = useI18n();
  const [q, setQ] = useState('');
  const [found, setFound] = useState<Party[] | null>(null);
  const { busy, problem, run } = useAction();

  const search = async () => {
    if (!q.trim()) return;
    await run(async () => {
      const page = await api.searchParties({ q: q.trim(), limit: 10 });
      setFound(page.items);
      onParty(page.items.length === 1 ? (page.items[0] ?? null) : null);
    });
  };

  return (
    <div className="stack">
      <ProblemAlert problem={problem} />
      <div className="form-row">
        <Field label={t('tmapply.partySearch')} hint={t('tmapply.partySearchHint')} className="grow">
          {(control) => (
            <TextInput
              {...control}
              type="search"
              value={q}
              onChange={setQ}
              autoComplete="off"
              onKeyDown={(e) => {
                // Enter searches for the business instead of submitting the application.
                if (e.key === 'Enter') {
                  e.preventDefault();
                  void search();
                }
              }}
            />
          )}
        </Field>
        <div className="form-row-action">
          <button type="button" className="button button-secondary" onClick={search} disabled={busy}>
            {busy ? t('app.working') : t('tmapply.find')}
          </button>
        </div>
      </div>
      {found && found.length === 0 ? <p className="muted">{t('tmapply.noParties')}</p> : null}
      {found && found.length > 0 ? (
        <Field label={t('tmapply.party')}>
          {(control) => (
            <select
              {...control}
              className="input"
              value={party?.id ?? ''}
              onChange={(e) => onParty(found.find((p) => p.id === e.target.value) ?? null)}
            >
              <option value="">{t('tmapply.chooseParty')}</option>
              {found.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name} — {p.ubin}
                </option>
              ))}
            </select>
          )}
        </Field>
      ) : null}
    </div>
  );
}

function ApplyForm({ ownPartyId }: { ownPartyId: string | null }) {
  const { t, lang, region } = useI18n();
  const navigate = useNavigate();
  const schemes = useTrustmarkSchemes();
  const own = useLoad(
    () => (ownPartyId ? api.getParty(ownPartyId) : Promise.resolve(null)),
    ownPartyId ?? 'none',
  );
  const [chosen, setChosen] = useState<Party | null>(null);
  const party = ownPartyId ? (own.data ?? null) : chosen;
  const [domain, setDomain] = useState('');
  const [schemeId, setSchemeId] = useState('');
  const [missing, setMissing] = useState(false);
  const { busy, problem, run } = useAction();
  const verified = party?.websites.filter((w) => w.ownershipVerified) ?? [];
  const offered = latestSchemes(schemes);

  // A new party's first verified website, and the scheme of its own economy where there is one.
  useEffect(() => {
    setDomain(party?.websites.find((w) => w.ownershipVerified)?.domain ?? '');
  }, [party]);
  useEffect(() => {
    if (schemeId || offered.length === 0) return;
    const local = offered.find((s) => s.economy && s.economy === party?.homeEconomy);
    setSchemeId((local ?? offered[0])?.id ?? '');
  }, [offered, party, schemeId]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const ready = Boolean(party && domain && schemeId);
    setMissing(!ready);
    if (!party || !ready) return;
    await run(async () => {
      const created = await api.applyForTrustmark({ partyId: party.id, domain, schemeId });
      navigate(`/console/trustmarks/${created.id}`);
    });
  };

  return (
    <form className="card stack form-wide" onSubmit={submit} noValidate aria-labelledby="apply-heading">
      <h2 id="apply-heading">{t('tmapply.title')}</h2>
      <p className="muted">{t('tmapply.intro')}</p>
      <ProblemAlert problem={problem} />
      {ownPartyId ? (
        <>
          <LoadStatus loaded={own} />
          {party ? (
            <p>
              {t('tmapply.forParty')} <strong>{party.name}</strong> <code className="ubin">{party.ubin}</code>
            </p>
          ) : null}
        </>
      ) : (
        <PartyPicker party={chosen} onParty={setChosen} />
      )}
      {party && verified.length === 0 ? (
        <Notice kind="warning">
          {t('tmapply.noVerifiedWebsites')}{' '}
          {ownPartyId ? null : <Link to={`/console/parties/${party.id}`}>{t('tmapply.openParty')}</Link>}
        </Notice>
      ) : null}
      {party && verified.length > 0 ? (
        <div className="form-row">
          <Field
            label={t('tmapply.website')}
            location="domain"
            hint={t('tmapply.websiteHint')}
            errors={errorsAt(problem, 'domain')}
            className="grow"
          >
            {(control) => (
              <select
                {...control}
                className="input"
                value={domain}
                onChange={(e) => setDomain(e.target.value)}
              >
                {verified.map((w) => (
                  <option key={w.id} value={w.domain}>
                    {w.domainUnicode}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field
            label={t('tmapply.scheme')}
            location="schemeId"
            errors={errorsAt(problem, 'schemeId')}
            className="grow"
          >
            {(control) => (
              <select
                {...control}
                className="input"
                value={schemeId}
                onChange={(e) => setSchemeId(e.target.value)}
              >
                {offered.map((s) => (
                  <option key={s.id} value={s.id}>
                    {t('tmapply.schemeOption', { title: s.title[lang], version: s.version })}
                    {s.economy ? ` — ${t('schemes.economyOnly', { economy: region(s.economy) })}` : ''}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </div>
      ) : null}
      {missing && !party ? <p className="field-error">{t('tmapply.chooseParty')}</p> : null}
      <div className="form-actions">
        <SubmitButton busy={busy} disabled={!party || verified.length === 0}>
          {t('tmapply.submit')}
        </SubmitButton>
      </div>
    </form>
  );
}

/**
 * The console's trustmark tab: for assessors the queue of applications needing work (or any state), for a
 * merchant its own applications and certificates; merchants and administrators apply here.
 */
export function TrustmarksPage() {
  const { t } = useI18n();
  useTitle(t('console.trustmarks'));
  const auth = useAuth();
  const staff = hasRole(auth.user, TRUSTMARK_STAFF);
  const merchant = Boolean(auth.user?.roles.includes('merchant'));
  const mayApply = auth.isAdmin || merchant;
  const { params, update } = useSearchFilters();
  const filter = params.get('state') ?? (staff ? NEEDS_WORK : ALL);
  const list = useLoad(() => loadQueue(filter), `${filter}|${staff}`);

  if (!hasRole(auth.user, TRUSTMARK_USERS))
    return (
      <section className="stack">
        <h1>{t('console.trustmarks')}</h1>
        <Notice kind="info">{t('tmconsole.noAccess')}</Notice>
      </section>
    );

  const items = list.data ?? [];
  return (
    <>
      <div className="page-title-row">
        <h1>{t('console.trustmarks')}</h1>
        <Link to="/trustmarks" className="button button-secondary">
          {t('tmconsole.publicRegistry')}
        </Link>
      </div>
      <p className="muted">{staff ? t('tmconsole.introStaff') : t('tmconsole.introMerchant')}</p>
      <div className="stack">
        <section className="stack" aria-labelledby="tm-list-heading">
          <h2 id="tm-list-heading">{staff ? t('tmconsole.queue') : t('tmconsole.mine')}</h2>
          <FilterBar submitLabel={t('tmconsole.filter')} onSubmit={list.reload}>
            <Field label={t('tmconsole.state')}>
              {(control) => (
                <select
                  {...control}
                  className="input"
                  value={filter}
                  onChange={(e) => update({ state: e.target.value || (staff ? '' : ALL) })}
                >
                  {staff ? <option value={NEEDS_WORK}>{t('tmconsole.needsWork')}</option> : null}
                  <option value={ALL}>{t('tmconsole.allStates')}</option>
                  {APPLICATION_STATES.map((s) => (
                    <option key={s} value={s}>
                      {t(`tmState.${s}`)}
                    </option>
                  ))}
                </select>
              )}
            </Field>
          </FilterBar>
          <LoadStatus loaded={list} />
          {list.data ? (
            <>
              <p className="muted" aria-live="polite">
                {t('tmconsole.count', { count: items.length })}
              </p>
              {items.length === 0 ? (
                <p>{filter === NEEDS_WORK && staff ? t('tmconsole.emptyQueue') : t('tmconsole.empty')}</p>
              ) : (
                <ApplicationsTable items={items} withParty={staff} />
              )}
            </>
          ) : null}
        </section>
        {mayApply ? (
          merchant && !auth.isAdmin && !auth.user?.partyId ? (
            <Notice kind="warning">{t('tmconsole.noParty')}</Notice>
          ) : (
            <ApplyForm ownPartyId={auth.isAdmin ? null : (auth.user?.partyId ?? null)} />
          )
        ) : null}
      </div>
    </>
  );
}
