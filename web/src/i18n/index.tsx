import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { en, type Message, type MessageKey } from './en.ts';
import { vi } from './vi.ts';

export type Lang = 'en' | 'vi';
export const LANGS: readonly Lang[] = ['en', 'vi'];
export type { MessageKey };

type Params = Record<string, string | number>;

const CATALOGUES: Record<Lang, Record<string, Message>> = { en, vi };
const LOCALES: Record<Lang, string> = { en: 'en-GB', vi: 'vi-VN' };
const STORAGE_KEY = 'crosstrust.lang';

function initialLang(): Lang {
  try {
    const stored = window.localStorage.getItem(STORAGE_KEY);
    if (stored === 'en' || stored === 'vi') return stored;
  } catch {
    // Storage may be blocked; fall back to the browser's preference.
  }
  return navigator.language?.toLowerCase().startsWith('vi') ? 'vi' : 'en';
}

function format(message: Message, lang: Lang, params?: Params): string {
  let text: string;
  if (typeof message === 'string') text = message;
  else {
    const count = Number(params?.count ?? 0);
    text = new Intl.PluralRules(LOCALES[lang]).select(count) === 'one' ? message.one : message.other;
  }
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

export interface I18n {
  lang: Lang;
  locale: string;
  setLang(lang: Lang): void;
  /** A message from the catalogue. */
  t(key: MessageKey, params?: Params): string;
  /** A message whose key is built at run time (an error code, an event subject); `fallback` when unknown. */
  tx(key: string, fallback: string, params?: Params): string;
  has(key: string): boolean;
  date(iso: string | null | undefined): string;
  dateTime(iso: string | null | undefined): string;
  number(n: number): string;
  /** The name of an economy (ISO 3166-1 alpha-2) in the current language. */
  region(code: string | null | undefined): string;
}

const I18nContext = createContext<I18n | null>(null);

export function I18nProvider({ children }: { children: ReactNode }) {
  const [lang, setLangState] = useState<Lang>(initialLang);

  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);

  const setLang = useCallback((next: Lang) => {
    setLangState(next);
    try {
      window.localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // Not persisted when storage is blocked; the choice still applies to this page.
    }
  }, []);

  const value = useMemo<I18n>(() => {
    const catalogue = CATALOGUES[lang];
    const locale = LOCALES[lang];
    const dateFormat = new Intl.DateTimeFormat(locale, { dateStyle: 'medium' });
    const dateTimeFormat = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
    const numberFormat = new Intl.NumberFormat(locale);
    let regions: Intl.DisplayNames | null = null;
    try {
      regions = new Intl.DisplayNames([locale], { type: 'region' });
    } catch {
      regions = null;
    }
    const lookup = (key: string): Message | undefined => catalogue[key] ?? en[key as MessageKey];
    const safeDate = (iso: string | null | undefined, f: Intl.DateTimeFormat): string => {
      if (!iso) return format(lookup('app.none') ?? '—', lang);
      const d = new Date(iso);
      return Number.isNaN(d.getTime()) ? iso : f.format(d);
    };
    return {
      lang,
      locale,
      setLang,
      t: (key, params) => format(lookup(key) ?? key, lang, params),
      tx: (key, fallback, params) => {
        const message = lookup(key);
        return message === undefined ? fallback : format(message, lang, params);
      },
      has: (key) => lookup(key) !== undefined,
      date: (iso) => safeDate(iso, dateFormat),
      dateTime: (iso) => safeDate(iso, dateTimeFormat),
      number: (n) => numberFormat.format(n),
      region: (code) => {
        if (!code) return '';
        try {
          return regions?.of(code.toUpperCase()) ?? code;
        } catch {
          return code;
        }
      },
    };
  }, [lang, setLang]);

  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n must be used inside <I18nProvider>');
  return value;
}

/** Sets the document title for the current page. */
export function useTitle(title: string): void {
  const { t } = useI18n();
  const brand = t('app.name');
  useEffect(() => {
    document.title = title ? `${title} · ${brand}` : brand;
  }, [title, brand]);
}

/** An error from the node in the reader's language: by code, then by code family, else the node's own text. */
export function errorText(i18n: I18n, error: { code: string; message: string }): string {
  const exact = `err.${error.code}`;
  if (i18n.has(exact)) return i18n.tx(exact, error.message);
  for (const family of ['CHECK_LETTER', 'CHECKSUM', 'ENTITY_TYPE', 'LENGTH', 'FORMAT', 'COUNTRY']) {
    if (error.code.endsWith(`_${family}`)) return i18n.tx(`err.suffix.${family}`, error.message);
  }
  return error.message;
}
