import { type FormEvent, type ReactNode, useEffect, useRef, useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import {
  ApiError,
  api,
  COMPLAINT_CATEGORIES,
  COMPLAINT_LANGUAGES,
  type ComplaintCategory,
  type ComplaintLanguage,
  DESIRED_OUTCOMES,
  type DesiredOutcome,
  type FiledComplaintAnswer,
  type NewComplaint,
  normalizeLocation,
  type Party,
  type Problem,
  type ProblemDetail,
  toProblem,
} from '../api.ts';
import { routingText } from '../components/complaint.tsx';
import { CopyButton, Field, SubmitButton, TextInput } from '../components/form.tsx';
import { EconomyOptions, EconomyTag } from '../components/party.tsx';
import { errorsAt, fieldId, ProblemAlert } from '../components/problem.tsx';
import { useAction } from '../hooks.ts';
import { errorText, type MessageKey, useI18n, useTitle } from '../i18n/index.tsx';

type Step = 1 | 2 | 3 | 4;
const STEPS: Array<{ step: Step; label: MessageKey }> = [
  { step: 1, label: 'cnew.step1' },
  { step: 2, label: 'cnew.step2' },
  { step: 3, label: 'cnew.step3' },
  { step: 4, label: 'cnew.step4' },
];

/** Currencies offered for the amount: the ten ASEAN economies' and those most used to pay abroad. */
const CURRENCIES = [
  'VND',
  'THB',
  'SGD',
  'MYR',
  'IDR',
  'PHP',
  'BND',
  'KHR',
  'LAK',
  'MMK',
  'USD',
  'EUR',
  'CNY',
  'JPY',
  'KRW',
  'AUD',
  'GBP',
] as const;

/** The node's own rule for amounts (a decimal string such as 49.90). */
const AMOUNT = /^(0|[1-9]\d{0,11})(\.\d{1,4})?$/;
/** A web address or a bare domain: something with a dot and no spaces. The node checks it properly. */
const WEBSITE = /^(https?:\/\/)?[^\s/?#@]+\.[^\s/?#@.]+\.?(:\d+)?([/?#]\S*)?$/i;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

interface Draft {
  website: string;
  /** The business chosen by name from the register, if any. */
  merchant: Party | null;
  category: ComplaintCategory | '';
  desiredOutcome: DesiredOutcome | '';
  orderReference: string;
  orderDate: string;
  amount: string;
  currency: string;
  description: string;
  name: string;
  email: string;
  economy: string;
  phone: string;
  language: ComplaintLanguage;
}

/** Which step asks for the field a problem names. */
function stepOf(location: string): Step | null {
  if (location === 'website' || location === 'merchant') return 1;
  if (location.startsWith('consumer') || location === 'language') return 3;
  if (
    [
      'category',
      'desiredOutcome',
      'orderReference',
      'orderDate',
      'amount',
      'currency',
      'description',
    ].includes(location)
  )
    return 2;
  return null;
}

/** What the browser can tell before sending: field location → message key. */
function check(step: Step, d: Draft, today: string): Record<string, MessageKey> {
  const errors: Record<string, MessageKey> = {};
  if (step === 1) {
    const website = d.website.trim();
    if (!website && !d.merchant) errors.website = 'cnew.err.shopRequired';
    else if (website && !WEBSITE.test(website)) errors.website = 'cnew.err.website';
  }
  if (step === 2) {
    if (!d.category) errors.category = 'cnew.err.category';
    if (!d.desiredOutcome) errors.desiredOutcome = 'cnew.err.desiredOutcome';
    if (d.description.trim().length < 10) errors.description = 'cnew.err.description';
    const amount = d.amount.trim();
    if (amount && !AMOUNT.test(amount)) errors.amount = 'cnew.err.amount';
    if (amount && !d.currency) errors.currency = 'cnew.err.currency';
    if (d.orderDate && d.orderDate > today) errors.orderDate = 'cnew.err.orderDateFuture';
  }
  if (step === 3) {
    if (!d.name.trim()) errors['consumer.name'] = 'cnew.err.name';
    if (!EMAIL.test(d.email.trim())) errors['consumer.email'] = 'cnew.err.email';
  }
  return errors;
}

/** Messages for the node's schema errors (FIELD_INVALID carries the validator's English text). */
const INVALID: Record<string, MessageKey> = {
  website: 'cnew.err.website',
  category: 'cnew.err.category',
  desiredOutcome: 'cnew.err.desiredOutcome',
  description: 'cnew.err.description',
  orderDate: 'cnew.err.orderDate',
  currency: 'cnew.err.currency',
  'consumer.name': 'cnew.err.name',
  'consumer.email': 'cnew.err.email',
  'consumer.economy': 'cnew.err.economy',
  'consumer.phone': 'cnew.err.phone',
};

function toInput(d: Draft): NewComplaint {
  const website = d.website.trim();
  const amount = d.amount.trim();
  return {
    ...(website ? { website } : {}),
    ...(d.merchant ? { merchant: d.merchant.id } : {}),
    category: d.category as ComplaintCategory,
    desiredOutcome: d.desiredOutcome as DesiredOutcome,
    description: d.description.trim(),
    ...(d.orderReference.trim() ? { orderReference: d.orderReference.trim() } : {}),
    ...(d.orderDate ? { orderDate: d.orderDate } : {}),
    ...(amount ? { amount, currency: d.currency } : {}),
    consumer: {
      name: d.name.trim(),
      email: d.email.trim(),
      ...(d.economy ? { economy: d.economy } : {}),
      ...(d.phone.trim() ? { phone: d.phone.trim() } : {}),
    },
    language: d.language,
  };
}

/** A group of radio buttons with its legend and errors; the fieldset takes the id the error summary links to. */
function RadioGroup<T extends string>({
  location,
  legend,
  options,
  value,
  onChange,
  errors,
}: {
  location: string;
  legend: string;
  options: Array<{ value: T; label: string }>;
  value: T | '';
  onChange(value: T): void;
  errors: string[];
}) {
  const id = fieldId(location);
  return (
    <fieldset
      id={id}
      tabIndex={-1}
      className={`fieldset-plain radio-group${errors.length > 0 ? ' field-invalid' : ''}`}
      aria-describedby={errors.length > 0 ? `${id}-error` : undefined}
    >
      <legend>{legend}</legend>
      {errors.length > 0 ? (
        <div className="field-error" id={`${id}-error`}>
          {errors.map((e) => (
            <p key={e}>{e}</p>
          ))}
        </div>
      ) : null}
      <div className="radio-list">
        {options.map((o) => (
          <label key={o.value} className="checkbox">
            <input
              type="radio"
              name={location}
              value={o.value}
              checked={value === o.value}
              onChange={() => onChange(o.value)}
            />
            <span>{o.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

/** Finding the business by name in the register, for shops whose web address the consumer does not have. */
function BusinessSearch({
  chosen,
  onChoose,
  errors,
}: {
  chosen: Party | null;
  onChoose(party: Party | null): void;
  errors: ProblemDetail[];
}) {
  const { t } = useI18n();
  const [q, setQ] = useState('');
  const [found, setFound] = useState<Party[] | null>(null);
  const { busy, problem, run } = useAction();

  const search = async () => {
    if (!q.trim()) return;
    await run(async () => {
      setFound((await api.searchParties({ q: q.trim(), limit: 8 })).items);
    });
  };

  if (chosen)
    return (
      <div className="chosen-business" id={fieldId('merchant')} tabIndex={-1}>
        <p className="muted small">{t('cnew.chosenBusiness')}</p>
        <p>
          <strong>{chosen.name}</strong>
          {chosen.nameLatin ? <span className="muted"> · {chosen.nameLatin}</span> : null}
        </p>
        <p className="tags">
          <EconomyTag code={chosen.homeEconomy} />
          <code className="ubin">{chosen.ubin}</code>
        </p>
        {errors.length > 0 ? (
          <div className="field-error">
            <ProblemErrors errors={errors} />
          </div>
        ) : null}
        <button type="button" className="button button-secondary button-small" onClick={() => onChoose(null)}>
          {t('cnew.changeBusiness')}
        </button>
      </div>
    );

  return (
    <div className="stack">
      <ProblemAlert problem={problem} />
      <div className="search-row business-search">
        <Field label={t('cnew.businessName')} location="merchant" errors={errors} className="grow">
          {(control) => (
            <TextInput
              {...control}
              type="search"
              value={q}
              onChange={setQ}
              autoComplete="off"
              onKeyDown={(e) => {
                // Enter searches the register instead of going to the next step.
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
            {busy ? t('app.working') : t('cnew.findBusiness')}
          </button>
        </div>
      </div>
      {found && found.length === 0 ? (
        <p className="muted" role="status">
          {t('cnew.noBusinessFound')}
        </p>
      ) : null}
      {found && found.length > 0 ? (
        <fieldset className="fieldset-plain">
          <legend>{t('cnew.chooseBusiness')}</legend>
          <div className="radio-list">
            {found.map((p) => (
              <label key={p.id} className="checkbox">
                <input type="radio" name="business" value={p.id} onChange={() => onChoose(p)} />
                <span>
                  <strong>{p.name}</strong>
                  {p.nameLatin ? <span className="muted small"> · {p.nameLatin}</span> : null}
                  <span className="muted small business-meta">
                    {p.homeEconomy} · {p.websites.map((w) => w.domainUnicode).join(', ') || p.ubin}
                  </span>
                </span>
              </label>
            ))}
          </div>
        </fieldset>
      ) : null}
    </div>
  );
}

function ProblemErrors({ errors }: { errors: ProblemDetail[] }) {
  const i18n = useI18n();
  return (
    <>
      {errors.map((e) => (
        <p key={`${e.code}-${e.message}`}>{errorText(i18n, e)}</p>
      ))}
    </>
  );
}

/** One section of the review: what was entered, with a button back to its step. */
function ReviewSection({ title, onEdit, children }: { title: string; onEdit(): void; children: ReactNode }) {
  const { t } = useI18n();
  return (
    <section className="review-section">
      <div className="card-title-row review-head">
        <h3>{title}</h3>
        <button
          type="button"
          className="button button-ghost button-small"
          onClick={onEdit}
          aria-label={t('cnew.editSection', { section: title })}
        >
          {t('cnew.edit')}
        </button>
      </div>
      <dl className="pairs">{children}</dl>
    </section>
  );
}

function Pair({ label, value }: { label: string; value: ReactNode }) {
  return (
    <div>
      <dt>{label}</dt>
      <dd>{value}</dd>
    </div>
  );
}

/** What the consumer needs to keep after sending: the number, the private link, and what happens next. */
function Filed({
  filed,
  email,
  shop,
  onAnother,
}: {
  filed: FiledComplaintAnswer;
  email: string;
  shop: { name: string; registered: boolean };
  onAnother(): void;
}) {
  const i18n = useI18n();
  const { t, region } = i18n;
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const url = new URL(filed.privateUrl);
  const pagePath = `${url.pathname}${url.search}`;
  const awaitingConfirmation = filed.status === 'received';
  return (
    <div className="stack complaint-filed">
      <div className="verdict verdict-ok vc-verdict" role="status">
        <span className="vc-verdict-icon" aria-hidden="true">
          ✓
        </span>
        <div>
          <h2 ref={heading} tabIndex={-1}>
            {t('cnew.filedTitle')}
          </h2>
          <p>{t('cnew.filedText', { merchant: shop.name })}</p>
        </div>
      </div>
      {awaitingConfirmation ? (
        <div className="alert alert-warning" data-confirm-needed="true">
          <p className="alert-title">{t('cnew.checkEmailTitle')}</p>
          <p>{t('cnew.checkEmailText', { email })}</p>
        </div>
      ) : (
        <div className="alert alert-info">
          <p>{t('cnew.confirmedAtOnce')}</p>
        </div>
      )}
      <section className="card stack" aria-labelledby="filed-keep">
        <h2 id="filed-keep">{t('cnew.keepTitle')}</h2>
        <div>
          <p className="muted small">{t('cnew.trackingNumber')}</p>
          <p className="tracking-number">
            <code data-tracking-number>{filed.trackingNumber}</code>{' '}
            <CopyButton text={filed.trackingNumber} />
          </p>
        </div>
        <Field label={t('cnew.privateLink')} hint={t('cnew.privateLinkHint')}>
          {(control) => (
            <div className="key-row link-row">
              <input
                {...control}
                className="input input-mono link-input"
                readOnly
                value={filed.privateUrl}
                onFocus={(e) => e.target.select()}
              />
              <CopyButton text={filed.privateUrl} />
            </div>
          )}
        </Field>
        <p>
          <Link to={pagePath} className="button">
            {t('cnew.openComplaint')}
          </Link>
        </p>
      </section>
      <section className="card stack" aria-labelledby="filed-routing">
        <h2 id="filed-routing">{t('cnew.whoHandles')}</h2>
        <p data-routing={filed.routedTo.routing}>{routingText(i18n, filed.routedTo)}</p>
        <p className="muted">
          {filed.routedTo.routing === 'foreign'
            ? t('cnew.nextForeign', {
                economy: region(filed.routedTo.economy),
                operator: filed.routedTo.operator,
              })
            : shop.registered
              ? t('cnew.nextLocal', { merchant: shop.name })
              : t('cnew.nextUnregistered')}
        </p>
      </section>
      <p>
        <button type="button" className="button button-ghost" onClick={onAnother}>
          {t('cnew.another')}
        </button>
      </p>
    </div>
  );
}

const emptyDraft = (website: string, language: ComplaintLanguage): Draft => ({
  website,
  merchant: null,
  category: '',
  desiredOutcome: '',
  orderReference: '',
  orderDate: '',
  amount: '',
  currency: '',
  description: '',
  name: '',
  email: '',
  economy: '',
  phone: '',
  language,
});

/**
 * Filing a complaint, step by step, without an account: the shop, what happened, who the consumer is, and a
 * review before sending. Each step is checked before the next; what the node refuses is shown at its field,
 * on the step that asks for it. The answer is the tracking number and the private link to keep.
 */
export function ComplaintNewPage() {
  const i18n = useI18n();
  const { t, lang, region } = i18n;
  useTitle(t('cnew.title'));
  const [params] = useSearchParams();
  const [draft, setDraft] = useState<Draft>(() => emptyDraft(params.get('website') ?? '', lang));
  const [step, setStep] = useState<Step>(1);
  const [tried, setTried] = useState<Partial<Record<Step, boolean>>>({});
  const [shopParty, setShopParty] = useState<Party | null | undefined>(undefined);
  const [filed, setFiled] = useState<FiledComplaintAnswer | null>(null);
  const { busy, problem, setProblem, run } = useAction();
  const heading = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);
  const today = new Date().toISOString().slice(0, 10);

  // A link from a business's page names it: ?merchant=<party id>.
  const merchantParam = params.get('merchant');
  useEffect(() => {
    if (!merchantParam) return;
    let current = true;
    api.getParty(merchantParam).then(
      (party) => {
        if (current) setDraft((d) => (d.merchant ? d : { ...d, merchant: party }));
      },
      () => {
        // An unknown id leaves the choice to the consumer.
      },
    );
    return () => {
      current = false;
    };
  }, [merchantParam]);

  // Focus the step's heading when the step changes, so the change is announced and the page starts there.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs on every change of step on purpose
  useEffect(() => {
    if (!moved.current) return;
    heading.current?.focus({ preventScroll: true });
    window.scrollTo(0, 0);
  }, [step]);

  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => setDraft((d) => ({ ...d, [key]: value }));
  const go = (next: Step) => {
    moved.current = true;
    setStep(next);
  };

  const clientErrors = tried[step] ? check(step, draft, today) : {};
  /** The node's problems at a location, in the reader's words where the node sent the validator's text. */
  const serverErrors = (location: string): ProblemDetail[] =>
    errorsAt(problem, location).map((e) =>
      e.code === 'FIELD_INVALID' && INVALID[location] ? { ...e, message: t(INVALID[location]) } : e,
    );
  const errorsFor = (location: string) => ({
    errors: serverErrors(location),
    clientErrors: clientErrors[location] ? [t(clientErrors[location])] : [],
  });
  const shown: Problem | null = problem
    ? {
        ...problem,
        errors: problem.errors?.map((e) => {
          const location = normalizeLocation(e.location);
          return e.code === 'FIELD_INVALID' && INVALID[location]
            ? { ...e, message: t(INVALID[location]) }
            : e;
        }),
      }
    : null;
  /** The problem is shown on the step of its first field (or the review when it names none). */
  const problemStep: Step | null = problem
    ? ((problem.errors ?? []).map((e) => stepOf(normalizeLocation(e.location))).find((s) => s !== null) ?? 4)
    : null;

  const next = async (event: FormEvent) => {
    event.preventDefault();
    setTried((s) => ({ ...s, [step]: true }));
    const errors = check(step, draft, today);
    if (Object.keys(errors).length > 0) {
      const first = Object.keys(errors)[0];
      if (first) document.getElementById(fieldId(first))?.focus();
      return;
    }
    // What the consumer fixed on this step no longer stands against it.
    if (problem && problemStep === step) setProblem(null);
    if (step === 1) {
      // Whose website is it? Shown in the review; an unknown shop is fine.
      const website = draft.website.trim();
      setShopParty(undefined);
      if (website)
        await api.lookupDomain(website).then(
          (found) => setShopParty(found.party),
          (error: unknown) =>
            setShopParty(error instanceof ApiError && error.status === 404 ? null : undefined),
        );
    }
    go((step + 1) as Step);
  };

  const send = async (event: FormEvent) => {
    event.preventDefault();
    const failure: { problem?: Problem } = {};
    await run(async () => {
      try {
        setFiled(await api.fileComplaint(toInput(draft)));
      } catch (error) {
        failure.problem = toProblem(error);
        throw error;
      }
    });
    // Back to the step that asks for the first field the node refused (the review when it names none).
    if (failure.problem) {
      const target = (failure.problem.errors ?? [])
        .map((e) => stepOf(normalizeLocation(e.location)))
        .find((s) => s !== null);
      if (target && target !== step) go(target);
    }
  };

  const shopName = draft.merchant?.name ?? shopParty?.name ?? draft.website.trim();
  if (filed)
    return (
      <>
        <h1>{t('cnew.title')}</h1>
        <Filed
          filed={filed}
          email={draft.email.trim()}
          shop={{ name: shopName, registered: Boolean(draft.merchant ?? shopParty) }}
          onAnother={() => {
            setFiled(null);
            setDraft(emptyDraft('', lang));
            setTried({});
            setShopParty(undefined);
            go(1);
          }}
        />
      </>
    );

  return (
    <div className="complaint-form">
      <h1>{t('cnew.title')}</h1>
      <p className="lead">{t('cnew.intro')}</p>
      <ol className="steps" aria-label={t('cnew.progress')}>
        {STEPS.map((s) => (
          <li
            key={s.step}
            className={`step${s.step === step ? ' is-current' : s.step < step ? ' is-done' : ''}`}
            aria-current={s.step === step ? 'step' : undefined}
          >
            <span className="step-number" aria-hidden="true">
              {s.step < step ? '✓' : s.step}
            </span>
            <span className="step-label">{t(s.label)}</span>
          </li>
        ))}
      </ol>
      <form className="card stack complaint-step" onSubmit={step === 4 ? send : next} noValidate>
        <div>
          <p className="muted small step-of">{t('cnew.stepOf', { step, steps: STEPS.length })}</p>
          <h2 ref={heading} tabIndex={-1} className="step-heading">
            {t(STEPS[step - 1]?.label ?? 'cnew.step1')}
          </h2>
        </div>
        {problemStep === step ? <ProblemAlert problem={shown} /> : null}

        {step === 1 ? (
          <>
            <p className="muted">{t('cnew.shopIntro')}</p>
            <Field
              label={t('cnew.website')}
              location="website"
              hint={t('cnew.websiteHint')}
              optional={Boolean(draft.merchant)}
              {...errorsFor('website')}
            >
              {(control) => (
                <TextInput
                  {...control}
                  type="text"
                  inputMode="url"
                  autoComplete="url"
                  spellCheck={false}
                  autoCapitalize="none"
                  placeholder={t('cnew.websitePlaceholder')}
                  value={draft.website}
                  onChange={(v) => set('website', v)}
                />
              )}
            </Field>
            <p className="or-divider">
              <span>{t('cnew.or')}</span>
            </p>
            <BusinessSearch
              chosen={draft.merchant}
              onChoose={(p) => set('merchant', p)}
              errors={serverErrors('merchant')}
            />
          </>
        ) : null}

        {step === 2 ? (
          <>
            <Field label={t('complaint.category')} location="category" {...errorsFor('category')}>
              {(control) => (
                <select
                  {...control}
                  className="input"
                  value={draft.category}
                  onChange={(e) => set('category', e.target.value as ComplaintCategory)}
                >
                  <option value="">{t('cnew.chooseCategory')}</option>
                  {COMPLAINT_CATEGORIES.map((c) => (
                    <option key={c} value={c}>
                      {t(`complaintCategory.${c}`)}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <div className="form-row">
              <Field
                label={t('complaint.orderReference')}
                location="orderReference"
                optional
                className="grow"
                {...errorsFor('orderReference')}
              >
                {(control) => (
                  <TextInput
                    {...control}
                    mono
                    maxLength={100}
                    autoComplete="off"
                    value={draft.orderReference}
                    onChange={(v) => set('orderReference', v)}
                  />
                )}
              </Field>
              <Field
                label={t('complaint.orderDate')}
                location="orderDate"
                optional
                className="grow"
                {...errorsFor('orderDate')}
              >
                {(control) => (
                  <TextInput
                    {...control}
                    type="date"
                    max={today}
                    value={draft.orderDate}
                    onChange={(v) => set('orderDate', v)}
                  />
                )}
              </Field>
            </div>
            <div className="form-row amount-row">
              <Field
                label={t('complaint.amount')}
                location="amount"
                optional
                hint={t('cnew.amountHint')}
                className="grow"
                {...errorsFor('amount')}
              >
                {(control) => (
                  <TextInput
                    {...control}
                    inputMode="decimal"
                    autoComplete="off"
                    placeholder="49.90"
                    value={draft.amount}
                    onChange={(v) => set('amount', v.replace(/\s+/g, ''))}
                  />
                )}
              </Field>
              <Field
                label={t('cnew.currency')}
                location="currency"
                optional={!draft.amount.trim()}
                className="grow"
                {...errorsFor('currency')}
              >
                {(control) => (
                  <select
                    {...control}
                    className="input"
                    value={draft.currency}
                    onChange={(e) => set('currency', e.target.value)}
                  >
                    <option value="">{t('cnew.chooseCurrency')}</option>
                    {CURRENCIES.map((c) => (
                      <option key={c} value={c}>
                        {c} — {currencyName(i18n.locale, c)}
                      </option>
                    ))}
                  </select>
                )}
              </Field>
            </div>
            <RadioGroup
              location="desiredOutcome"
              legend={t('cnew.desiredOutcomeQuestion')}
              options={DESIRED_OUTCOMES.map((o) => ({ value: o, label: t(`desiredOutcome.${o}`) }))}
              value={draft.desiredOutcome}
              onChange={(v) => set('desiredOutcome', v)}
              errors={[
                ...(clientErrors.desiredOutcome ? [t(clientErrors.desiredOutcome)] : []),
                ...serverErrors('desiredOutcome').map((e) => errorText(i18n, e)),
              ]}
            />
            <Field
              label={t('complaint.description')}
              location="description"
              hint={t('cnew.descriptionHint')}
              {...errorsFor('description')}
            >
              {(control) => (
                <textarea
                  {...control}
                  className="input"
                  rows={6}
                  maxLength={10_000}
                  value={draft.description}
                  onChange={(e) => set('description', e.target.value)}
                />
              )}
            </Field>
          </>
        ) : null}

        {step === 3 ? (
          <>
            <p className="muted">{t('cnew.aboutYouIntro')}</p>
            <Field label={t('cnew.name')} location="consumer.name" {...errorsFor('consumer.name')}>
              {(control) => (
                <TextInput
                  {...control}
                  autoComplete="name"
                  maxLength={200}
                  value={draft.name}
                  onChange={(v) => set('name', v)}
                />
              )}
            </Field>
            <Field
              label={t('cnew.email')}
              location="consumer.email"
              hint={t('cnew.emailHint')}
              {...errorsFor('consumer.email')}
            >
              {(control) => (
                <TextInput
                  {...control}
                  type="email"
                  autoComplete="email"
                  spellCheck={false}
                  autoCapitalize="none"
                  maxLength={254}
                  value={draft.email}
                  onChange={(v) => set('email', v)}
                />
              )}
            </Field>
            <div className="form-row">
              <Field
                label={t('cnew.economy')}
                location="consumer.economy"
                optional
                className="grow"
                {...errorsFor('consumer.economy')}
              >
                {(control) => (
                  <select
                    {...control}
                    className="input"
                    value={draft.economy}
                    onChange={(e) => set('economy', e.target.value)}
                  >
                    <option value="">{t('cnew.economyNone')}</option>
                    <EconomyOptions />
                  </select>
                )}
              </Field>
              <Field
                label={t('cnew.phone')}
                location="consumer.phone"
                optional
                className="grow"
                {...errorsFor('consumer.phone')}
              >
                {(control) => (
                  <TextInput
                    {...control}
                    type="tel"
                    autoComplete="tel"
                    maxLength={40}
                    value={draft.phone}
                    onChange={(v) => set('phone', v)}
                  />
                )}
              </Field>
            </div>
            <Field
              label={t('cnew.language')}
              location="language"
              hint={t('cnew.languageHint')}
              {...errorsFor('language')}
            >
              {(control) => (
                <select
                  {...control}
                  className="input"
                  value={draft.language}
                  onChange={(e) => set('language', e.target.value as ComplaintLanguage)}
                >
                  {COMPLAINT_LANGUAGES.map((l) => (
                    <option key={l} value={l}>
                      {t(`complaintLang.${l}`)}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <p className="muted small privacy-note">{t('cnew.privacy')}</p>
          </>
        ) : null}

        {step === 4 ? (
          <>
            <p className="muted">{t('cnew.reviewIntro')}</p>
            <ReviewSection title={t('cnew.step1')} onEdit={() => go(1)}>
              {draft.website.trim() ? (
                <Pair label={t('cnew.website')} value={<code>{draft.website.trim()}</code>} />
              ) : null}
              <Pair
                label={t('complaint.merchant')}
                value={
                  draft.merchant || shopParty ? (
                    <>
                      {(draft.merchant ?? shopParty)?.name}{' '}
                      <span className="muted small">
                        ({region((draft.merchant ?? shopParty)?.homeEconomy)})
                      </span>
                    </>
                  ) : (
                    <span className="muted">{t('cnew.notInRegister')}</span>
                  )
                }
              />
            </ReviewSection>
            <ReviewSection title={t('cnew.step2')} onEdit={() => go(2)}>
              <Pair
                label={t('complaint.category')}
                value={draft.category ? t(`complaintCategory.${draft.category}`) : t('app.none')}
              />
              {draft.orderReference.trim() ? (
                <Pair
                  label={t('complaint.orderReference')}
                  value={<code>{draft.orderReference.trim()}</code>}
                />
              ) : null}
              {draft.orderDate ? (
                <Pair label={t('complaint.orderDate')} value={i18n.date(draft.orderDate)} />
              ) : null}
              {draft.amount.trim() ? (
                <Pair label={t('complaint.amount')} value={`${draft.currency} ${draft.amount.trim()}`} />
              ) : null}
              <Pair
                label={t('complaint.desiredOutcome')}
                value={draft.desiredOutcome ? t(`desiredOutcome.${draft.desiredOutcome}`) : t('app.none')}
              />
              <Pair
                label={t('complaint.description')}
                value={<span className="complaint-text">{draft.description.trim()}</span>}
              />
            </ReviewSection>
            <ReviewSection title={t('cnew.step3')} onEdit={() => go(3)}>
              <Pair label={t('cnew.name')} value={draft.name.trim()} />
              <Pair label={t('cnew.email')} value={draft.email.trim()} />
              {draft.economy ? <Pair label={t('cnew.economy')} value={region(draft.economy)} /> : null}
              {draft.phone.trim() ? <Pair label={t('cnew.phone')} value={draft.phone.trim()} /> : null}
              <Pair label={t('cnew.language')} value={t(`complaintLang.${draft.language}`)} />
            </ReviewSection>
            <p className="muted small">{t('cnew.sendNote')}</p>
          </>
        ) : null}

        <div className="form-actions step-actions">
          {step === 4 ? (
            <SubmitButton busy={busy}>{t('cnew.send')}</SubmitButton>
          ) : (
            <button type="submit" className="button">
              {t('cnew.next')}
            </button>
          )}
          {step > 1 ? (
            <button
              type="button"
              className="button button-ghost"
              onClick={() => go((step - 1) as Step)}
              disabled={busy}
            >
              {t('cnew.back')}
            </button>
          ) : null}
        </div>
      </form>
    </div>
  );
}

function currencyName(locale: string, code: string): string {
  try {
    return new Intl.DisplayNames([locale], { type: 'currency' }).of(code) ?? code;
  } catch {
    return code;
  }
}
