import { useCallback, useEffect, useRef, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { api, type Problem, type SchemeInfo, toProblem } from './api.ts';
import { useAuth } from './auth.tsx';
import { useI18n } from './i18n/index.tsx';

export interface Loaded<T> {
  data: T | undefined;
  problem: Problem | null;
  loading: boolean;
  reload(): void;
  setData(data: T): void;
}

/**
 * Runs `load` when `key` changes (and on reload). Answers for an older key are dropped, and data for an older key
 * is never returned, so a page does not flash the previous query's results. While reloading the same key the
 * previous data stays visible.
 */
export function useLoad<T>(load: () => Promise<T>, key: string): Loaded<T> {
  const [state, setState] = useState<{ key: string; nonce: number; data?: T; problem?: Problem } | null>(
    null,
  );
  const [nonce, setNonce] = useState(0);
  const loadRef = useRef(load);
  loadRef.current = load;

  useEffect(() => {
    let current = true;
    loadRef.current().then(
      (data) => {
        if (current) setState({ key, nonce, data });
      },
      (error: unknown) => {
        if (current)
          setState((s) => ({
            key,
            nonce,
            problem: toProblem(error),
            data: s?.key === key ? s.data : undefined,
          }));
      },
    );
    return () => {
      current = false;
    };
  }, [key, nonce]);

  const reload = useCallback(() => setNonce((n) => n + 1), []);
  const setData = useCallback(
    (data: T) => setState((s) => ({ key: s?.key ?? key, nonce: s?.nonce ?? nonce, data })),
    [key, nonce],
  );
  const sameKey = state?.key === key;
  return {
    data: sameKey ? state?.data : undefined,
    problem: sameKey && state?.nonce === nonce ? (state?.problem ?? null) : null,
    loading: !sameKey || state?.nonce !== nonce,
    reload,
    setData,
  };
}

let schemesPromise: Promise<SchemeInfo[]> | null = null;

/** The identifier schemes this node validates; fetched once per page load. */
export function useSchemes(): SchemeInfo[] {
  const [schemes, setSchemes] = useState<SchemeInfo[]>([]);
  useEffect(() => {
    let current = true;
    if (!schemesPromise) {
      schemesPromise = api.schemes().then(
        (r) => r.schemes,
        (error: unknown) => {
          schemesPromise = null;
          throw error;
        },
      );
    }
    schemesPromise.then(
      (list) => {
        if (current) setSchemes(list);
      },
      () => {
        // The select then offers only what the page already knows; the API answer will say what is wrong.
      },
    );
    return () => {
      current = false;
    };
  }, []);
  return schemes;
}

/**
 * Names for the actors recorded in histories (`user:…`, `apikey:…`, `system:…`). Administrators see e-mails and
 * key names; everyone else sees the recorded ids.
 */
export function useActorName(): (actor: string | null) => string {
  const { t } = useI18n();
  const auth = useAuth();
  const [people, setPeople] = useState<Record<string, string>>({});

  useEffect(() => {
    if (!auth.isAdmin) return;
    let current = true;
    Promise.all([api.listUsers(), api.listApiKeys()]).then(
      ([u, k]) => {
        if (!current) return;
        const names: Record<string, string> = {};
        for (const user of u.users) names[`user:${user.id}`] = user.email;
        for (const key of k.apiKeys) names[`apikey:${key.id}`] = `${key.name} (${key.prefix}…)`;
        setPeople(names);
      },
      () => {
        // Without the names the history shows the raw actor ids; nothing else depends on them.
      },
    );
    return () => {
      current = false;
    };
  }, [auth.isAdmin]);

  return useCallback(
    (actor: string | null): string => {
      if (!actor) return t('actor.anonymous');
      if (people[actor]) return people[actor];
      if (actor.startsWith('system:')) return `${t('actor.system')} (${actor.slice(7)})`;
      if (actor === 'anonymous') return t('actor.anonymous');
      return actor;
    },
    [people, t],
  );
}

export interface Action {
  busy: boolean;
  problem: Problem | null;
  setProblem(problem: Problem | null): void;
  /**
   * Runs `work` with `busy` set and the previous problem cleared; a failure becomes `problem` (through `shown`,
   * e.g. to give its locations a form's prefix). Answers whether `work` succeeded.
   */
  run(work: () => Promise<void>, shown?: (problem: Problem) => Problem): Promise<boolean>;
}

/** The busy flag and the problem of a form that sends one request at a time. */
export function useAction(): Action {
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<Problem | null>(null);
  const run = useCallback(
    async (work: () => Promise<void>, shown: (problem: Problem) => Problem = (p) => p): Promise<boolean> => {
      setBusy(true);
      setProblem(null);
      try {
        await work();
        return true;
      } catch (error) {
        setProblem(shown(toProblem(error)));
        return false;
      } finally {
        setBusy(false);
      }
    },
    [],
  );
  return { busy, problem, setProblem, run };
}

export interface SearchFilters {
  params: URLSearchParams;
  /** The page asked for in `?page=`, from 1. */
  page: number;
  /** Sets (or, when empty, removes) query parameters; any change other than the page goes back to page 1. */
  update(changes: Record<string, string>): void;
}

/** A list's filters and page, kept in the address so they can be shared and survive a reload. */
export function useSearchFilters(): SearchFilters {
  const [params, setParams] = useSearchParams();
  const page = Math.max(1, Number(params.get('page') ?? '1') || 1);
  const update = (changes: Record<string, string>) => {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(changes)) {
      if (value) next.set(key, value);
      else next.delete(key);
    }
    if (!('page' in changes)) next.delete('page');
    setParams(next);
  };
  return { params, page, update };
}

/** A text box's draft of `value` (a filter in the address), reset whenever `value` changes. */
export function useDraft(value: string): [string, (draft: string) => void] {
  const [draft, setDraft] = useState(value);
  useEffect(() => setDraft(value), [value]);
  return [draft, setDraft];
}
