import { type FormEvent, useState } from 'react';
import { Link, useLocation, useParams } from 'react-router-dom';
import {
  type AuditEvent,
  api,
  CREDENTIAL_FORMATS,
  type CredentialFormat,
  type IssuedCredential,
  normalizeLocation,
  type OwnershipResult,
  type Party,
  type PartyKind,
  type Problem,
  toProblem,
  type Website,
  type WebsiteWithVerification,
} from '../../api.ts';
import { CREDENTIAL_READERS, hasRole, useAuth } from '../../auth.tsx';
import { CredentialsTable, formatName } from '../../components/credential.tsx';
import {
  AddressEditor,
  type AddressRows,
  type ContactRow,
  ContactsEditor,
  fromAddressRows,
  fromContactRows,
  remapProblem,
  toAddressRows,
  toContactRows,
} from '../../components/editors.tsx';
import { CopyButton, Field, Loading, Notice, SubmitButton, TextInput } from '../../components/form.tsx';
import { AuditTimeline } from '../../components/history.tsx';
import { Breadcrumb } from '../../components/layout.tsx';
import {
  anchorsUbin,
  KindSelect,
  PartyTags,
  SchemeName,
  UbinPairs,
  VerifiedBadge,
} from '../../components/party.tsx';
import { errorsAt, ProblemAlert } from '../../components/problem.tsx';
import { SchemeSelect } from '../../components/scheme.tsx';
import { DataTable, LoadStatus } from '../../components/table.tsx';
import { useAction, useLoad, useSchemes } from '../../hooks.ts';
import { useI18n, useTitle } from '../../i18n/index.tsx';

/** Gives a form's problem locations a prefix, so two forms on one page never share a field id. */
const prefixProblem = (problem: Problem, prefix: string): Problem => ({
  ...problem,
  errors: problem.errors?.map((e) => {
    const location = normalizeLocation(e.location);
    return { ...e, location: location ? `${prefix}.${location}` : prefix };
  }),
});

function EditForm({
  party,
  onSaved,
  onReload,
}: {
  party: Party;
  onSaved(party: Party): void;
  onReload(): void;
}) {
  const { t } = useI18n();
  const [name, setName] = useState(party.name);
  const [nameLatin, setNameLatin] = useState(party.nameLatin ?? '');
  const [kind, setKind] = useState<PartyKind>(party.kind);
  const [contacts, setContacts] = useState<ContactRow[]>(toContactRows(party.contacts));
  const [address, setAddress] = useState<AddressRows>(toAddressRows(party.address));
  const [reason, setReason] = useState('');
  const { busy, problem, run } = useAction();
  const [saved, setSaved] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const sentContacts = fromContactRows(contacts);
    setSaved(false);
    await run(
      async () => {
        const updated = await api.updateParty(party.id, {
          name: name.trim(),
          nameLatin: nameLatin.trim() || null,
          kind,
          contacts: sentContacts.items,
          address: fromAddressRows(address, party.address?.country ?? party.homeEconomy),
          version: party.version,
          ...(reason.trim() ? { reason: reason.trim() } : {}),
        });
        setReason('');
        setSaved(true);
        onSaved(updated);
      },
      (problem) => remapProblem(problem, { contacts: sentContacts.rows }),
    );
  };

  return (
    <form className="stack" onSubmit={submit} noValidate>
      <ProblemAlert problem={problem}>
        {problem?.code === 'VERSION_CONFLICT' ? (
          <button type="button" className="button button-secondary button-small" onClick={onReload}>
            {t('app.retry')}
          </button>
        ) : null}
      </ProblemAlert>
      {saved ? <Notice>{t('admin.saved')}</Notice> : null}
      <div className="form-row">
        <Field label={t('newParty.name')} location="name" className="grow" errors={errorsAt(problem, 'name')}>
          {(control) => <TextInput {...control} value={name} onChange={setName} />}
        </Field>
        <Field label={t('newParty.kind')} location="kind" errors={errorsAt(problem, 'kind')}>
          {(control) => <KindSelect {...control} value={kind} onChange={setKind} />}
        </Field>
      </div>
      <Field
        label={t('newParty.nameLatin')}
        location="nameLatin"
        optional
        errors={errorsAt(problem, 'nameLatin')}
      >
        {(control) => <TextInput {...control} value={nameLatin} onChange={setNameLatin} />}
      </Field>
      <ContactsEditor rows={contacts} onChange={setContacts} problem={problem} />
      <AddressEditor rows={address} onChange={setAddress} problem={problem} />
      <Field
        label={t('admin.reason')}
        location="reason"
        hint={t('admin.reasonHint')}
        optional
        errors={errorsAt(problem, 'reason')}
      >
        {(control) => <TextInput {...control} value={reason} onChange={setReason} maxLength={500} />}
      </Field>
      <div className="form-actions">
        <SubmitButton busy={busy}>{t('admin.saveChanges')}</SubmitButton>
        <span className="muted small">{t('admin.version', { version: party.version })}</span>
      </div>
    </form>
  );
}

function IdentifiersSection({ party, onChanged }: { party: Party; onChanged(party: Party): void }) {
  const { t } = useI18n();
  const schemes = useSchemes();
  const [scheme, setScheme] = useState('lei');
  const [value, setValue] = useState('');
  const { busy, problem, setProblem, run } = useAction();
  const [notice, setNotice] = useState('');

  const add = async (event: FormEvent) => {
    event.preventDefault();
    setNotice('');
    await run(
      async () => {
        onChanged(await api.addIdentifier(party.id, scheme, value.trim()));
        setValue('');
        setNotice(t('admin.identifierAdded'));
      },
      (problem) => prefixProblem(problem, 'addIdentifier'),
    );
  };

  const remove = async (identifierId: string, idScheme: string, idValue: string) => {
    if (!window.confirm(t('admin.confirmRemoveIdentifier', { scheme: idScheme, value: idValue }))) return;
    setProblem(null);
    setNotice('');
    try {
      onChanged(await api.removeIdentifier(party.id, identifierId));
      setNotice(t('admin.identifierRemoved'));
    } catch (error) {
      setProblem(toProblem(error));
    }
  };

  const example = schemes.find((s) => s.id === scheme)?.example;
  return (
    <section className="card stack" aria-labelledby="identifiers-heading">
      <h2 id="identifiers-heading">{t('admin.identifiers')}</h2>
      <DataTable
        compact
        columns={[t('party.scheme'), t('party.value'), { label: t('app.remove'), hidden: true }]}
      >
        {party.identifiers.map((i) => (
          <tr key={i.id}>
            <td>
              <SchemeName id={i.scheme} schemes={schemes} />
            </td>
            <td>
              <code>{i.value}</code>
            </td>
            <td className="actions">
              {anchorsUbin(party, i) ? (
                <span className="tag tag-small">{t('party.anchorsUbin')}</span>
              ) : (
                <button
                  type="button"
                  className="button button-danger button-small"
                  onClick={() => remove(i.id, i.scheme, i.value)}
                >
                  {t('app.remove')}
                </button>
              )}
            </td>
          </tr>
        ))}
      </DataTable>
      {notice ? <Notice>{notice}</Notice> : null}
      <form className="stack" onSubmit={add} noValidate>
        <ProblemAlert problem={problem} />
        <div className="form-row">
          <Field
            label={t('newParty.scheme')}
            location="addIdentifier.scheme"
            className="grow"
            errors={errorsAt(problem, 'addIdentifier.scheme')}
          >
            {(control) => (
              <SchemeSelect
                {...control}
                schemes={schemes}
                exclude={['ubin', 'domain']}
                value={scheme}
                onChange={setScheme}
              />
            )}
          </Field>
          <Field
            label={t('newParty.value')}
            location="addIdentifier.value"
            className="grow grow-2"
            hint={example ? t('idtool.example', { example }) : undefined}
            errors={[...errorsAt(problem, 'addIdentifier'), ...errorsAt(problem, 'addIdentifier.value')]}
          >
            {(control) => (
              <TextInput {...control} mono value={value} onChange={setValue} autoComplete="off" />
            )}
          </Field>
          <div className="form-row-action">
            <button type="submit" className="button" disabled={busy || !value.trim()}>
              {t('admin.addIdentifier')}
            </button>
          </div>
        </div>
      </form>
    </section>
  );
}

function Instructions({ site }: { site: WebsiteWithVerification }) {
  const { t } = useI18n();
  const { dns, http } = site.instructions;
  return (
    <div className="instructions">
      <h4>{t('admin.instructions')}</h4>
      <p className="instructions-option">{t('admin.dnsOption')}</p>
      <dl className="pairs code-pairs">
        <div>
          <dt>{t('admin.recordName')}</dt>
          <dd>
            <code>{dns.name}</code> <CopyButton text={dns.name} />
          </dd>
        </div>
        <div>
          <dt>{t('admin.recordType')}</dt>
          <dd>
            <code>{dns.type}</code>
          </dd>
        </div>
        <div>
          <dt>{t('admin.recordValue')}</dt>
          <dd>
            <code>{dns.value}</code> <CopyButton text={dns.value} />
          </dd>
        </div>
      </dl>
      <p className="instructions-option">
        {t('admin.httpOption')} <code>{http.url}</code>
      </p>
      <dl className="pairs code-pairs">
        <div>
          <dt>{t('admin.fileContent')}</dt>
          <dd>
            <code>{http.content}</code> <CopyButton text={http.content} />
          </dd>
        </div>
      </dl>
    </div>
  );
}

function CheckResult({ result }: { result: OwnershipResult }) {
  const { t, tx } = useI18n();
  return (
    <div className={`check-result ${result.verified ? 'is-ok' : 'is-failed'}`} role="status">
      <p className="check-summary">
        {result.verified
          ? t('admin.checkVerified', { method: tx(`method.${result.method ?? 'dns'}`, result.method ?? '') })
          : t('admin.checkFailed')}
      </p>
      <div className="table-wrap">
        <table className="table table-compact">
          <thead>
            <tr>
              <th scope="col">{t('admin.checkMethod')}</th>
              <th scope="col">{t('admin.checkTarget')}</th>
              <th scope="col">{t('admin.checkOutcome')}</th>
              <th scope="col">{t('admin.checkDetail')}</th>
            </tr>
          </thead>
          <tbody>
            {result.checks.map((c, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: checks are positional
              <tr key={i}>
                <td>{c.method.toUpperCase()}</td>
                <td>
                  <code className="break">{c.target}</code>
                </td>
                <td>
                  <span
                    className={`badge ${c.outcome === 'matched' ? 'badge-verified' : 'badge-unverified'}`}
                  >
                    {tx(`outcome.${c.outcome}`, c.outcome)}
                  </span>
                </td>
                <td className="small">{c.detail}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}

function WebsitePanel({
  website,
  fresh,
  onChanged,
  onRemoved,
}: {
  website: Website;
  /** The answer from adding the site, which already holds the instructions. */
  fresh?: WebsiteWithVerification;
  onChanged(): void;
  onRemoved(): void;
}) {
  const { t, tx, date } = useI18n();
  const auth = useAuth();
  const [details, setDetails] = useState<WebsiteWithVerification | null>(fresh ?? null);
  const [open, setOpen] = useState(Boolean(fresh));
  const [result, setResult] = useState<OwnershipResult | null>(null);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [busy, setBusy] = useState<'' | 'instructions' | 'check' | 'remove'>('');

  const toggle = async () => {
    if (open) return setOpen(false);
    setProblem(null);
    if (!details) {
      setBusy('instructions');
      try {
        setDetails(await api.getWebsite(website.id));
      } catch (error) {
        setProblem(toProblem(error));
        return;
      } finally {
        setBusy('');
      }
    }
    setOpen(true);
  };

  const check = async () => {
    setBusy('check');
    setProblem(null);
    setResult(null);
    try {
      const answer = await api.verifyWebsite(website.id);
      setDetails(answer.website);
      setResult(answer.result);
      onChanged();
    } catch (error) {
      setProblem(toProblem(error));
    } finally {
      setBusy('');
    }
  };

  const remove = async () => {
    if (!window.confirm(t('admin.confirmRemoveWebsite', { domain: website.domainUnicode }))) return;
    setBusy('remove');
    setProblem(null);
    try {
      await api.removeWebsite(website.id);
      onRemoved();
    } catch (error) {
      setProblem(toProblem(error));
      setBusy('');
    }
  };

  return (
    <li className="website-panel">
      <div className="website-panel-head">
        <span className="website-domain">{website.domainUnicode}</span>
        <VerifiedBadge verified={website.ownershipVerified} />
        {website.ownershipVerified && website.verifiedAt ? (
          <span className="muted small">
            {t('party.verifiedBy', {
              method: tx(`method.${website.verificationMethod ?? 'dns'}`, website.verificationMethod ?? ''),
              date: date(website.verifiedAt),
            })}
          </span>
        ) : null}
      </div>
      <div className="button-row">
        <button
          type="button"
          className="button button-secondary button-small"
          onClick={toggle}
          aria-expanded={open}
        >
          {busy === 'instructions'
            ? t('app.loading')
            : open
              ? t('admin.hideInstructions')
              : t('admin.showInstructions')}
        </button>
        <button type="button" className="button button-small" onClick={check} disabled={busy !== ''}>
          {busy === 'check' ? t('admin.checking') : t('admin.checkNow')}
        </button>
        {auth.isAdmin ? (
          <button
            type="button"
            className="button button-danger button-small"
            onClick={remove}
            disabled={busy !== ''}
          >
            {t('admin.removeWebsite')}
          </button>
        ) : null}
      </div>
      <ProblemAlert problem={problem} />
      {open && details ? <Instructions site={details} /> : null}
      {result ? <CheckResult result={result} /> : null}
    </li>
  );
}

function WebsitesSection({ party, onChanged }: { party: Party; onChanged(): void }) {
  const { t } = useI18n();
  const [domain, setDomain] = useState('');
  const [added, setAdded] = useState<WebsiteWithVerification | null>(null);
  const [removed, setRemoved] = useState(false);
  const { busy, problem, run } = useAction();

  const add = async (event: FormEvent) => {
    event.preventDefault();
    setRemoved(false);
    await run(
      async () => {
        setAdded(await api.addWebsite(party.id, domain.trim()));
        setDomain('');
        onChanged();
      },
      (problem) => prefixProblem(problem, 'addWebsite'),
    );
  };

  return (
    <section className="card stack" aria-labelledby="websites-heading">
      <h2 id="websites-heading">{t('admin.websites')}</h2>
      <p className="muted">{t('admin.websitesIntro')}</p>
      {added && party.websites.some((w) => w.id === added.id) ? (
        <Notice>{t('admin.websiteAdded')}</Notice>
      ) : null}
      {removed ? <Notice>{t('admin.websiteRemoved')}</Notice> : null}
      {party.websites.length === 0 ? <p className="muted">{t('party.noWebsites')}</p> : null}
      <ul className="website-panels">
        {party.websites.map((w) => (
          <WebsitePanel
            key={w.id}
            website={w}
            fresh={added?.id === w.id ? added : undefined}
            onChanged={onChanged}
            onRemoved={() => {
              setAdded(null);
              setRemoved(true);
              onChanged();
            }}
          />
        ))}
      </ul>
      <form className="stack" onSubmit={add} noValidate>
        <ProblemAlert problem={problem} />
        <div className="form-row">
          <Field
            label={t('newParty.website')}
            location="addWebsite.domain"
            className="grow"
            errors={[...errorsAt(problem, 'addWebsite'), ...errorsAt(problem, 'addWebsite.domain')]}
          >
            {(control) => (
              <TextInput
                {...control}
                value={domain}
                placeholder={t('newParty.websitePlaceholder')}
                onChange={setDomain}
                autoComplete="off"
                spellCheck={false}
              />
            )}
          </Field>
          <div className="form-row-action">
            <button type="submit" className="button" disabled={busy || !domain.trim()}>
              {t('admin.addWebsite')}
            </button>
          </div>
        </div>
      </form>
    </section>
  );
}

/** The party's credentials, and issuing a business identity credential for it (administrators). */
function CredentialsSection({ party }: { party: Party }) {
  const i18n = useI18n();
  const { t } = i18n;
  const auth = useAuth();
  const [tick, setTick] = useState(0);
  const list = useLoad(() => api.listCredentials({ partyId: party.id, limit: 20 }), `${party.id}:${tick}`);
  const [format, setFormat] = useState<CredentialFormat>('eddsa-rdfc-2022');
  const [days, setDays] = useState('365');
  const [issued, setIssued] = useState<IssuedCredential | null>(null);
  const { busy, problem, run } = useAction();

  const issue = async (event: FormEvent) => {
    event.preventDefault();
    setIssued(null);
    await run(
      async () => {
        const validForDays = Number.parseInt(days, 10);
        setIssued(
          await api.issueBusinessIdentity({
            partyId: party.id,
            format,
            ...(Number.isFinite(validForDays) ? { validForDays } : {}),
          }),
        );
        setTick((n) => n + 1);
      },
      (problem) => prefixProblem(problem, 'issue'),
    );
  };

  const items = list.data?.items ?? [];
  return (
    <section className="card stack" aria-labelledby="credentials-heading">
      <h2 id="credentials-heading">{t('admin.credentials')}</h2>
      <p className="muted">{t('admin.credentialsIntro')}</p>
      <ProblemAlert problem={list.problem} />
      {list.data && items.length === 0 ? <p className="muted">{t('admin.noCredentials')}</p> : null}
      {items.length > 0 ? <CredentialsTable items={items} /> : null}
      {issued ? (
        <Notice>
          <p className="alert-title">{t('admin.issued')}</p>
          <p>
            <Link to={`/console/credentials/${issued.id}`}>{t('admin.openCredential')} →</Link>
          </p>
        </Notice>
      ) : null}
      {auth.isAdmin ? (
        <form className="stack" onSubmit={issue} noValidate>
          <ProblemAlert problem={problem} />
          <div className="form-row">
            <Field
              label={t('admin.issueFormat')}
              location="issue.format"
              className="grow"
              errors={errorsAt(problem, 'issue.format')}
            >
              {(control) => (
                <select
                  {...control}
                  className="input"
                  value={format}
                  onChange={(e) => setFormat(e.target.value as CredentialFormat)}
                >
                  {CREDENTIAL_FORMATS.map((f) => (
                    <option key={f} value={f}>
                      {formatName(i18n, f)}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <Field
              label={t('admin.issueValidDays')}
              location="issue.validForDays"
              errors={errorsAt(problem, 'issue.validForDays')}
            >
              {(control) => (
                <input
                  {...control}
                  className="input input-narrow"
                  type="number"
                  inputMode="numeric"
                  min={1}
                  max={3650}
                  value={days}
                  onChange={(e) => setDays(e.target.value)}
                />
              )}
            </Field>
          </div>
          <div className="form-actions">
            <SubmitButton busy={busy}>{t('admin.issueBusinessIdentity')}</SubmitButton>
          </div>
        </form>
      ) : null}
    </section>
  );
}

function summarize(event: AuditEvent, fields: (names: string) => string): string {
  const p = (event.payload ?? {}) as Record<string, unknown>;
  if (typeof p.domain === 'string') return p.domain;
  if (typeof p.scheme === 'string' && typeof p.value === 'string') return `${p.scheme} ${p.value}`;
  if (p.changes && typeof p.changes === 'object') {
    const names = Object.keys(p.changes as object);
    if (names.length > 0) return fields(names.join(', '));
  }
  return '';
}

function History({ partyId, refresh }: { partyId: string; refresh: number }) {
  const { t } = useI18n();
  const history = useLoad(() => api.partyHistory(partyId), `${partyId}:${refresh}`);

  const events = history.data?.events ?? [];
  return (
    <section className="card" aria-labelledby="history-heading">
      <h2 id="history-heading">{t('admin.history')}</h2>
      <LoadStatus loaded={history} />
      {history.data && events.length === 0 ? <p className="muted">{t('admin.historyEmpty')}</p> : null}
      <AuditTimeline
        events={events}
        summarize={(e) => summarize(e, (names) => t('admin.changedFields', { fields: names }))}
      />
    </section>
  );
}

export function PartyAdminPage() {
  const { id = '' } = useParams();
  const { t } = useI18n();
  const location = useLocation();
  const auth = useAuth();
  const party = useLoad(() => api.getParty(id), id);
  const [historyTick, setHistoryTick] = useState(0);
  const [formKey, setFormKey] = useState(0);
  useTitle(party.data?.name ?? t('console.parties'));
  const flash = (location.state as { flash?: string } | null)?.flash;

  if (!party.data) {
    return party.problem ? (
      <>
        <Breadcrumb to="/console">{t('console.parties')}</Breadcrumb>
        <ProblemAlert problem={party.problem} />
      </>
    ) : (
      <Loading />
    );
  }
  const p = party.data;
  const changed = (next?: Party) => {
    if (next) party.setData(next);
    else party.reload();
    setHistoryTick((n) => n + 1);
  };
  const reloadAll = () => {
    party.reload();
    setFormKey((n) => n + 1);
    setHistoryTick((n) => n + 1);
  };

  return (
    <>
      <Breadcrumb to="/console">{t('console.parties')}</Breadcrumb>
      {flash === 'created' ? <Notice>{t('newParty.created')}</Notice> : null}
      <header className="page-head">
        <div className="page-title-row">
          <h1>{p.name}</h1>
          <Link to={`/parties/${p.id}`} className="button button-secondary button-small">
            {t('admin.publicPage')}
          </Link>
        </div>
        <PartyTags party={p} />
        <UbinPairs party={p}>
          <div>
            <dt>{t('users.partyId')}</dt>
            <dd>
              <code>{p.id}</code> <CopyButton text={p.id} />
            </dd>
          </div>
        </UbinPairs>
      </header>
      <div className="admin-grid">
        <div className="stack">
          <IdentifiersSection party={p} onChanged={changed} />
          <WebsitesSection party={p} onChanged={() => changed()} />
          {hasRole(auth.user, CREDENTIAL_READERS) ? <CredentialsSection party={p} /> : null}
          <section className="card" aria-labelledby="edit-heading">
            <h2 id="edit-heading">{t('admin.edit')}</h2>
            <EditForm key={`${p.id}:${formKey}`} party={p} onSaved={changed} onReload={reloadAll} />
          </section>
        </div>
        <History partyId={p.id} refresh={historyTick} />
      </div>
    </>
  );
}
