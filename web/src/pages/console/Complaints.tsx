import { Link } from 'react-router-dom';
import {
  api,
  COMPLAINT_STATES,
  type ComplaintNotice,
  type ComplaintState,
  type ComplaintSummary,
} from '../../api.ts';
import { hasRole, useAuth } from '../../auth.tsx';
import { COMPLAINT_STAFF, COMPLAINT_USERS, ComplaintBadges } from '../../components/complaint.tsx';
import { Field, Notice } from '../../components/form.tsx';
import { ProblemAlert } from '../../components/problem.tsx';
import { DataTable, FilterBar, LoadStatus } from '../../components/table.tsx';
import { type Loaded, useAction, useLoad, useSearchFilters } from '../../hooks.ts';
import { useI18n, useTitle } from '../../i18n/index.tsx';

/** The default queue: what needs someone's work now, mediation first. */
const NEEDS_WORK = '';
const ALL = 'all';
type Queue = 'local' | 'foreign';

/** What needs work in each queue, in the order it should be taken up. */
const WORK: Record<Queue, ComplaintState[]> = {
  local: ['mediation', 'merchant_notified', 'negotiation', 'compliance_check'],
  foreign: ['awaiting_forwarding'],
};
/** What a merchant has to act on, first what waits for its answer. */
const MERCHANT_WORK: ComplaintState[] = ['merchant_notified', 'negotiation', 'mediation', 'compliance_check'];

const byDue = (a: ComplaintSummary, b: ComplaintSummary) =>
  (a.dueAt ?? '9999').localeCompare(b.dueAt ?? '9999');

async function loadCases(filter: string, queue: Queue, staff: boolean): Promise<ComplaintSummary[]> {
  const routing = staff ? queue : undefined;
  if (filter === ALL) return (await api.listComplaintCases({ routing })).items;
  if (filter !== NEEDS_WORK) return (await api.listComplaintCases({ state: filter, routing })).items;
  const order = staff ? WORK[queue] : MERCHANT_WORK;
  const items = (await api.listComplaintCases({ routing })).items.filter((c) => order.includes(c.status));
  // The state's place in the order first (mediation before the rest), then the nearest deadline.
  return items.sort((a, b) => order.indexOf(a.status) - order.indexOf(b.status) || byDue(a, b));
}

function CasesTable({ items }: { items: ComplaintSummary[] }) {
  const { t, date } = useI18n();
  return (
    <DataTable
      columns={[
        t('cconsole.colTracking'),
        t('cconsole.colBusiness'),
        t('cconsole.colCategory'),
        t('cconsole.colState'),
        t('cconsole.colDue'),
        t('cconsole.colUpdated'),
      ]}
    >
      {items.map((c) => (
        <tr
          key={c.id}
          data-complaint={c.trackingNumber}
          className={c.status === 'closed' || c.status === 'forwarded' ? 'is-muted' : undefined}
        >
          <td>
            <Link to={`/console/complaints/${c.id}`} className="nowrap">
              {c.trackingNumber}
            </Link>
          </td>
          <td>
            {c.merchant.name ?? c.website ?? t('app.none')}
            {c.website && c.website !== c.merchant.name ? (
              <div className="muted small">{c.website}</div>
            ) : null}
            {c.routedTo.routing === 'foreign' ? (
              <div className="muted small">{t('cconsole.foreignTo', { economy: c.routedTo.economy })}</div>
            ) : null}
          </td>
          <td>{t(`complaintCategory.${c.category}`)}</td>
          <td>
            <ComplaintBadges complaint={c} />
            {c.mediator ? <div className="muted small">{t('cconsole.hasMediator')}</div> : null}
          </td>
          <td className="nowrap">{c.dueAt && c.status !== 'closed' ? date(c.dueAt) : t('app.none')}</td>
          <td className="nowrap">{date(c.updatedAt)}</td>
        </tr>
      ))}
    </DataTable>
  );
}

const TRACKING_NUMBER = /CT-\d{4}-[0-9A-Z]{8}/;
const INBOX_SHOWN = 20;

/**
 * Notices for the merchant (its party) or the mediators, newest first; unread ones stand out. The node writes a
 * notice's text in English and Vietnamese for mail; here its kind is the title, in the reader's language, and
 * the text opens on request.
 */
function Inbox({ inbox }: { inbox: Loaded<{ items: ComplaintNotice[] }> }) {
  const { t, tx, dateTime } = useI18n();
  const { busy, problem, run } = useAction();
  const items = inbox.data?.items ?? [];
  const unread = items.filter((n) => !n.read);
  const markRead = (notices: ComplaintNotice[]) =>
    run(async () => {
      await api.markNoticesRead(notices.map((n) => n.id));
      inbox.setData({ items: items.map((n) => (notices.includes(n) ? { ...n, read: true } : n)) });
    });
  return (
    <section className="card stack" aria-labelledby="inbox-heading">
      <div className="card-title-row">
        <h2 id="inbox-heading" tabIndex={-1}>
          {t('cconsole.inbox')}
        </h2>
        {unread.length > 0 ? (
          <span className="badge badge-unverified" data-unread={unread.length}>
            {t('cconsole.unread', { count: unread.length })}
          </span>
        ) : null}
        {unread.length > 1 ? (
          <button
            type="button"
            className="button button-secondary button-small inbox-all-read"
            disabled={busy}
            onClick={() => markRead(unread)}
          >
            {t('cconsole.markAllRead')}
          </button>
        ) : null}
      </div>
      <LoadStatus loaded={inbox} />
      <ProblemAlert problem={problem} />
      {inbox.data && items.length === 0 ? <p className="muted">{t('cconsole.inboxEmpty')}</p> : null}
      {items.length > 0 ? (
        <ul className="inbox">
          {items.slice(0, INBOX_SHOWN).map((n) => (
            <li key={n.id} className={`notice ${n.read ? 'is-read' : 'is-unread'}`} data-notice={n.kind}>
              <div className="inbox-body">
                <p className="inbox-title">
                  {n.read ? null : <span className="unread-dot" aria-hidden="true" />}
                  {n.read ? null : <span className="visually-hidden">{t('cconsole.unreadOne')}: </span>}
                  <strong>{tx(`cconsole.kind.${n.kind}`, n.kind)}</strong>{' '}
                  <Link to={`/console/complaints/${n.complaintId}`} className="nowrap">
                    {TRACKING_NUMBER.exec(n.text)?.[0] ?? t('cconsole.openCase')}
                  </Link>
                </p>
                <p className="muted small">
                  <time dateTime={n.createdAt}>{dateTime(n.createdAt)}</time>
                </p>
                <details className="payload">
                  <summary>{t('cconsole.showNotice')}</summary>
                  <p className="inbox-text">{n.text}</p>
                </details>
              </div>
              {n.read ? null : (
                <button
                  type="button"
                  className="button button-ghost button-small"
                  disabled={busy}
                  onClick={() => markRead([n])}
                >
                  {t('cconsole.markRead')}
                </button>
              )}
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}

/**
 * The console's complaints tab: for a merchant its own cases and its inbox; for the operator's mediators the
 * local queue (what needs work, mediation first) and the foreign queue (complaints to hand to another economy's
 * operator), filtered by state, with flagged cases marked.
 */
export function ComplaintsPage() {
  const { t } = useI18n();
  useTitle(t('console.complaints'));
  const auth = useAuth();
  const staff = hasRole(auth.user, COMPLAINT_STAFF);
  const { params, update } = useSearchFilters();
  const queue: Queue = params.get('queue') === 'foreign' ? 'foreign' : 'local';
  const filter = params.get('state') ?? NEEDS_WORK;
  const merchantWithoutParty = !staff && !auth.user?.partyId;
  const allowed = hasRole(auth.user, COMPLAINT_USERS) && !merchantWithoutParty;
  const list = useLoad(
    () => (allowed ? loadCases(filter, queue, staff) : Promise.resolve([])),
    `${filter}|${queue}|${staff}|${allowed}`,
  );
  const inbox = useLoad(
    () => (allowed ? api.complaintInbox() : Promise.resolve({ items: [] })),
    `inbox|${allowed}`,
  );
  const unread = inbox.data?.items.filter((n) => !n.read).length ?? 0;

  if (!hasRole(auth.user, COMPLAINT_USERS) || merchantWithoutParty)
    return (
      <section className="stack">
        <h1>{t('console.complaints')}</h1>
        <Notice kind="info">
          {merchantWithoutParty && hasRole(auth.user, COMPLAINT_USERS)
            ? t('cconsole.noParty')
            : t('cconsole.noAccess')}
        </Notice>
      </section>
    );

  const items = list.data ?? [];
  return (
    <>
      <div className="page-title-row">
        <h1>{t('console.complaints')}</h1>
        <Link to="/complaints/new" className="button button-secondary">
          {t('cconsole.publicForm')}
        </Link>
      </div>
      <p className="muted">{staff ? t('cconsole.introStaff') : t('cconsole.introMerchant')}</p>
      {unread > 0 ? (
        <Notice kind="info">
          {t('cconsole.unreadSummary', { count: unread })}{' '}
          <button
            type="button"
            className="link-button inline-link"
            onClick={() => {
              const heading = document.getElementById('inbox-heading');
              heading?.scrollIntoView({ block: 'start' });
              heading?.focus({ preventScroll: true });
            }}
          >
            {t('cconsole.toInbox')}
          </button>
        </Notice>
      ) : null}
      <div className="stack">
        <section className="stack" aria-labelledby="cases-heading">
          <h2 id="cases-heading">
            {staff
              ? queue === 'foreign'
                ? t('cconsole.foreignQueue')
                : t('cconsole.localQueue')
              : t('cconsole.mine')}
          </h2>
          <FilterBar submitLabel={t('cconsole.filter')} onSubmit={list.reload}>
            {staff ? (
              <Field label={t('cconsole.queue')}>
                {(control) => (
                  <select
                    {...control}
                    className="input"
                    value={queue}
                    onChange={(e) => update({ queue: e.target.value === 'foreign' ? 'foreign' : '' })}
                  >
                    <option value="local">{t('cconsole.queueLocal')}</option>
                    <option value="foreign">{t('cconsole.queueForeign')}</option>
                  </select>
                )}
              </Field>
            ) : null}
            <Field label={t('cconsole.state')}>
              {(control) => (
                <select
                  {...control}
                  className="input"
                  value={filter}
                  onChange={(e) => update({ state: e.target.value })}
                >
                  <option value={NEEDS_WORK}>{t('cconsole.needsWork')}</option>
                  <option value={ALL}>{t('cconsole.allStates')}</option>
                  {COMPLAINT_STATES.map((s) => (
                    <option key={s} value={s}>
                      {t(`complaintState.${s}`)}
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
                {t('cconsole.count', { count: items.length })}
              </p>
              {items.length === 0 ? (
                <p>{filter === NEEDS_WORK ? t('cconsole.emptyWork') : t('cconsole.empty')}</p>
              ) : (
                <CasesTable items={items} />
              )}
            </>
          ) : null}
        </section>
        <Inbox inbox={inbox} />
      </div>
    </>
  );
}
