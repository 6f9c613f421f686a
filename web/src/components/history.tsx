import type { AuditEvent } from '../api.ts';
import { useActorName } from '../hooks.ts';
import { useI18n } from '../i18n/index.tsx';

/**
 * A record's history, newest first: what happened, when, by whom, why, and the recorded payload. `summarize`
 * may add a short note to an event's title.
 */
export function AuditTimeline({
  events,
  summarize,
}: {
  events: AuditEvent[];
  summarize?: (event: AuditEvent) => string;
}) {
  const { t, tx, dateTime } = useI18n();
  const actorName = useActorName();
  const sorted = [...events].sort((a, b) => b.seq - a.seq);
  return (
    <ol className="timeline">
      {sorted.map((e) => {
        const summary = summarize?.(e);
        return (
          <li key={e.id}>
            <p className="timeline-title">
              <strong>{tx(`event.${e.subject}`, e.subject)}</strong>
              {summary ? <span className="timeline-summary"> · {summary}</span> : null}
            </p>
            <p className="muted small">
              <time dateTime={e.occurredAt}>{dateTime(e.occurredAt)}</time> ·{' '}
              {t('admin.actor', { actor: actorName(e.actor) })}
            </p>
            {e.reason ? (
              <p className="timeline-reason">{t('admin.reasonShown', { reason: e.reason })}</p>
            ) : null}
            <details className="payload">
              <summary>{t('admin.payload')}</summary>
              <pre>{JSON.stringify(e.payload, null, 2)}</pre>
            </details>
          </li>
        );
      })}
    </ol>
  );
}
