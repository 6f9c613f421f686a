import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import {
  type Address,
  type Contact,
  ECONOMIES,
  PARTY_KINDS,
  type Party,
  type PartyKind,
  PRIMARY_SCHEME,
  type SchemeInfo,
  type Website,
} from '../api.ts';
import { useI18n } from '../i18n/index.tsx';
import type { ControlProps } from './form.tsx';

export function EconomyTag({ code }: { code: string }) {
  const { region } = useI18n();
  return (
    <span className="tag tag-economy" title={region(code)}>
      <span className="tag-code">{code}</span>
      <span className="tag-name">{region(code)}</span>
    </span>
  );
}

export function KindTag({ kind }: { kind: string }) {
  const { tx } = useI18n();
  return <span className="tag tag-kind">{tx(`kind.${kind}`, kind)}</span>;
}

/** The `<option>`s for the party kinds, in the reader's language. */
export function KindOptions() {
  const { tx } = useI18n();
  return PARTY_KINDS.map((k) => (
    <option key={k} value={k}>
      {tx(`kind.${k}`, k)}
    </option>
  ));
}

/** The `<option>`s for the home economies: “Viet Nam (VN)”. */
export function EconomyOptions() {
  const { region } = useI18n();
  return ECONOMIES.map((c) => (
    <option key={c} value={c}>
      {region(c)} ({c})
    </option>
  ));
}

/** A select of the party kinds; spread a Field's control props into it. */
export function KindSelect({
  value,
  onChange,
  ...control
}: ControlProps & { value: PartyKind; onChange(kind: PartyKind): void }) {
  return (
    <select
      {...control}
      className="input"
      value={value}
      onChange={(e) => onChange(e.target.value as PartyKind)}
    >
      <KindOptions />
    </select>
  );
}

/** Under a party's name: its name in Latin script, if any, and its economy and kind. */
export function PartyTags({ party }: { party: Party }) {
  return (
    <>
      {party.nameLatin ? <p className="name-latin">{party.nameLatin}</p> : null}
      <p className="tags">
        <EconomyTag code={party.homeEconomy} />
        <KindTag kind={party.kind} />
      </p>
    </>
  );
}

/** The party's UBIN as an inline pair, then any further `children` pairs. */
export function UbinPairs({ party, children }: { party: Party; children?: ReactNode }) {
  const { t } = useI18n();
  return (
    <dl className="pairs pairs-inline">
      <div>
        <dt>{t('party.ubin')}</dt>
        <dd>
          <code className="ubin">{party.ubin}</code>
        </dd>
      </div>
      {children}
    </dl>
  );
}

export function VerifiedBadge({ verified }: { verified: boolean }) {
  const { t } = useI18n();
  return verified ? (
    <span className="badge badge-verified">
      <svg aria-hidden="true" viewBox="0 0 16 16" width="14" height="14">
        <path
          d="M3.5 8.5l3 3 6-7"
          fill="none"
          stroke="currentColor"
          strokeWidth="2.2"
          strokeLinecap="round"
        />
      </svg>
      {t('badge.verified')}
    </span>
  ) : (
    <span className="badge badge-unverified">{t('badge.unverified')}</span>
  );
}

/** Whether this identifier is the one the UBIN is built from. */
export const anchorsUbin = (party: Party, identifier: { scheme: string; value: string }): boolean =>
  PRIMARY_SCHEME[party.homeEconomy] === identifier.scheme &&
  party.ubin.toLowerCase().endsWith(`:${identifier.value.toLowerCase()}`);

export function WebsiteList({ websites, highlight }: { websites: Website[]; highlight?: string }) {
  const { t, tx, date } = useI18n();
  if (websites.length === 0) return <p className="muted">{t('party.noWebsites')}</p>;
  return (
    <ul className="website-list">
      {websites.map((w) => (
        <li key={w.id} className={w.id === highlight ? 'is-highlighted' : undefined}>
          <span className="website-domain">{w.domainUnicode}</span>
          <VerifiedBadge verified={w.ownershipVerified} />
          {w.ownershipVerified && w.verifiedAt ? (
            <span className="muted small">
              {t('party.verifiedBy', {
                method: tx(`method.${w.verificationMethod ?? 'dns'}`, w.verificationMethod ?? ''),
                date: date(w.verifiedAt),
              })}
            </span>
          ) : null}
          {w.id === highlight ? (
            <span className="tag tag-small tag-match">{t('party.matchedWebsite')}</span>
          ) : null}
        </li>
      ))}
    </ul>
  );
}

const safeUrl = (value: string): string | null => {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
  } catch {
    return null;
  }
};

export function ContactList({ contacts }: { contacts: Contact[] }) {
  const { t, tx } = useI18n();
  if (contacts.length === 0) return <p className="muted">{t('party.noContacts')}</p>;
  return (
    <dl className="pairs pairs-stacked">
      {contacts.map((c, i) => {
        const href =
          c.type === 'email'
            ? `mailto:${c.value}`
            : c.type === 'phone'
              ? `tel:${c.value.replace(/[^+\d]/g, '')}`
              : safeUrl(c.value);
        return (
          // biome-ignore lint/suspicious/noArrayIndexKey: contacts have no id; the list is shown as stored
          <div key={i}>
            <dt>
              {tx(`contact.${c.type}`, c.type)}
              {c.label ? <span className="muted"> · {c.label}</span> : null}
            </dt>
            <dd>
              {href ? (
                <a href={href} rel="noopener noreferrer nofollow">
                  {c.value}
                </a>
              ) : (
                c.value
              )}
            </dd>
          </div>
        );
      })}
    </dl>
  );
}

export function AddressBlock({ address }: { address: Address | null }) {
  const { t, region } = useI18n();
  if (!address) return <p className="muted">{t('party.noAddress')}</p>;
  const cityLine = [address.postalCode, address.locality].filter(Boolean).join(' ');
  return (
    <address className="address">
      {address.lines.map((line, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: address lines are positional
        <span key={i}>{line}</span>
      ))}
      {cityLine ? <span>{cityLine}</span> : null}
      {address.region ? <span>{address.region}</span> : null}
      <span>{region(address.country)}</span>
    </address>
  );
}

export function SchemeName({ id, schemes }: { id: string; schemes: SchemeInfo[] }) {
  const info = schemes.find((s) => s.id === id);
  return (
    <span className="scheme-name">
      <code>{id}</code>
      {info ? <span className="muted small"> {info.name}</span> : null}
    </span>
  );
}

/** One party in a list of results. */
export function PartyCard({ party, highlightWebsite }: { party: Party; highlightWebsite?: string }) {
  const { t } = useI18n();
  return (
    <article className="card party-card">
      <header className="party-card-head">
        <h3>
          <Link to={`/parties/${party.id}`}>{party.name}</Link>
        </h3>
        <PartyTags party={party} />
      </header>
      <UbinPairs party={party} />
      <h4 className="card-subhead">{t('party.websites')}</h4>
      <WebsiteList websites={party.websites} highlight={highlightWebsite} />
    </article>
  );
}
