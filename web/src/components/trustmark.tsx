import { useEffect, useState } from 'react';
import {
  type ApplicationState,
  api,
  type Criterion,
  type CriterionVerdict,
  type LocalizedText,
  type SealStatus,
  type TrustmarkSchemes,
} from '../api.ts';
import { type MessageKey, useI18n } from '../i18n/index.tsx';

/** The roles that work with trustmark applications: merchants for their own party, assessors for all. */
export const TRUSTMARK_USERS = ['assessor', 'merchant'] as const;
/** The roles that assess applications and decide on certificates (administrators always may). */
export const TRUSTMARK_STAFF = ['assessor'] as const;

const STATE_BADGES: Record<ApplicationState, string> = {
  submitted: 'badge-neutral',
  checking: 'badge-neutral',
  in_review: 'badge-neutral',
  gaps_reported: 'badge-unverified',
  resubmitted: 'badge-neutral',
  approved: 'badge-verified',
  certified: 'badge-verified',
  suspended: 'badge-unverified',
  revoked: 'badge-danger',
  expired: 'badge-neutral',
  rejected: 'badge-danger',
  withdrawn: 'badge-neutral',
};

export function ApplicationStateBadge({ state }: { state: ApplicationState }) {
  const { t } = useI18n();
  return (
    <span className={`badge ${STATE_BADGES[state]}`} data-state={state}>
      {t(`tmState.${state}`)}
    </span>
  );
}

const SEAL_BADGES: Record<SealStatus, string> = {
  certified: 'badge-verified',
  suspended: 'badge-unverified',
  revoked: 'badge-danger',
  expired: 'badge-danger',
  none: 'badge-neutral',
};

export function SealStatusBadge({ status }: { status: SealStatus }) {
  const { t } = useI18n();
  return (
    <span className={`badge ${SEAL_BADGES[status]}`} data-status={status}>
      {t(`sealStatus.${status}`)}
    </span>
  );
}

export const VERDICTS = ['pending', 'met', 'not_met', 'not_applicable'] as const satisfies CriterionVerdict[];

const VERDICT_BADGES: Record<CriterionVerdict, string> = {
  met: 'badge-verified',
  not_met: 'badge-danger',
  not_applicable: 'badge-neutral',
  pending: 'badge-unverified',
};

export function VerdictBadge({ verdict }: { verdict: CriterionVerdict }) {
  const { t } = useI18n();
  return <span className={`badge ${VERDICT_BADGES[verdict]}`}>{t(`tmVerdict.${verdict}`)}</span>;
}

/** The outcome of one automated check, as a badge. */
export const FINDING_OUTCOMES: Record<string, { label: MessageKey; badge: string }> = {
  pass: { label: 'wcheck.outcome.pass', badge: 'badge-verified' },
  fail: { label: 'wcheck.outcome.fail', badge: 'badge-danger' },
  not_applicable: { label: 'wcheck.outcome.not_applicable', badge: 'badge-neutral' },
  error: { label: 'wcheck.outcome.error', badge: 'badge-unverified' },
};

export function LevelBadge({ level }: { level: Criterion['level'] }) {
  const { t } = useI18n();
  return (
    <span className={`badge ${level === 'mandatory' ? 'badge-unverified' : 'badge-neutral'}`}>
      {t(level === 'mandatory' ? 'schemes.level.mandatory' : 'schemes.level.recommended')}
    </span>
  );
}

let schemesPromise: Promise<TrustmarkSchemes> | null = null;

/** The trustmark schemes (every published version) and the automated checks' names; fetched once per page load. */
export function useTrustmarkSchemes(): TrustmarkSchemes | null {
  const [schemes, setSchemes] = useState<TrustmarkSchemes | null>(null);
  useEffect(() => {
    let current = true;
    if (!schemesPromise) {
      schemesPromise = api.trustmarkSchemes().catch((error: unknown) => {
        schemesPromise = null;
        throw error;
      });
    }
    schemesPromise.then(
      (answer) => {
        if (current) setSchemes(answer);
      },
      () => {
        // Without the schemes, pages show criterion ids and scheme ids; the page's own request reports problems.
      },
    );
    return () => {
      current = false;
    };
  }, []);
  return schemes;
}

/** A scheme's title in the reader's language, else its id. */
export function schemeTitle(
  lang: keyof LocalizedText,
  schemes: TrustmarkSchemes | null,
  id: string,
  version?: string,
): string {
  const list = schemes?.schemes.filter((s) => s.id === id) ?? [];
  const scheme = list.find((s) => s.version === version) ?? list[list.length - 1];
  return scheme?.title[lang] ?? id;
}

/** The latest version of every scheme, for choosing one (the catalogue lists versions oldest first). */
export function latestSchemes(schemes: TrustmarkSchemes | null): TrustmarkSchemes['schemes'] {
  const latest = new Map<string, TrustmarkSchemes['schemes'][number]>();
  for (const scheme of schemes?.schemes ?? []) latest.set(scheme.id, scheme);
  return [...latest.values()];
}

/** The one line a merchant pastes into its pages to show the seal. */
export const sealSnippet = (origin: string): string =>
  `<script src="${origin}/api/v1/trustmarks/seal.js" async></script>`;

/** Shortens long evidence from a check for a table cell; the full text stays in the title. */
export const snippet = (text: string, max = 160): string =>
  text.length > max ? `${text.slice(0, max).trimEnd()}…` : text;

/** A finding's URL as a link when it is a web address. */
export function FindingUrl({ url }: { url: string }) {
  const { t } = useI18n();
  if (/^https?:\/\//.test(url))
    return (
      <a href={url} target="_blank" rel="noopener noreferrer" className="break">
        {url}
      </a>
    );
  return <>{url || t('app.none')}</>;
}
