// The projector's screen (full screen, big type, dark): the question on screen now, then the
// approved ones waiting, then the answered. Opened by the office (/meetings/:id/screen, its
// session) or by the screen link (/public/screen/:token, no sign-in). It polls every few
// seconds with If-None-Match; while nothing changed the server answers 304 with no body.
import { useEffect, useRef, useState } from 'react';
import { useParams } from 'react-router-dom';
import type { QuestionScreen } from '../../../api/models';
import { formatDateTime, useI18n } from '../../../i18n';
import './parts';

const POLL_MS = 3_000;

/** Polls a screen address; keeps the last answer while the server says 304. */
function useScreen(url: string) {
  const [data, setData] = useState<QuestionScreen | null>(null);
  const [failed, setFailed] = useState<string | null>(null);
  const etag = useRef<string | null>(null);
  useEffect(() => {
    let stopped = false;
    let timer: ReturnType<typeof setTimeout>;
    const poll = async () => {
      try {
        const res = await fetch(url, {
          credentials: 'same-origin',
          cache: 'no-store',
          headers: etag.current ? { 'if-none-match': etag.current } : {},
        });
        if (res.status === 200) {
          etag.current = res.headers.get('etag');
          setData((await res.json()) as QuestionScreen);
          setFailed(null);
        } else if (res.status !== 304) {
          setFailed(((await res.json()) as { error?: { message?: string } }).error?.message ?? String(res.status));
        }
      } catch {
        // A dropped network: try again at the next tick.
      }
      if (!stopped) timer = setTimeout(() => void poll(), POLL_MS);
    };
    void poll();
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [url]);
  return { data, failed };
}

const page: React.CSSProperties = {
  position: 'fixed',
  inset: 0,
  overflow: 'auto',
  background: '#0f1a2b',
  color: '#f5f7fa',
  padding: '4vh 5vw',
  fontFamily: 'system-ui, "PingFang SC", "Microsoft YaHei", sans-serif',
  boxSizing: 'border-box',
};

export function QuestionScreenPage() {
  const { id, token } = useParams();
  const url = token ? `/api/meeting-questions/screen/${token}` : `/api/meetings/${id}/question-screen`;
  const { data, failed } = useScreen(url);
  const { t } = useI18n();
  if (failed && !data)
    return (
      <main style={page}>
        <h1 style={{ fontSize: '4vh' }}>{failed}</h1>
      </main>
    );
  if (!data) return <main style={page} />;
  const who = (q: { asker: string | null; addressedTo: string | null }) =>
    [q.asker, q.addressedTo && `${t('meetingQuestions.to')} ${q.addressedTo}`].filter(Boolean).join(' · ');
  return (
    <main style={page} data-testid="question-screen">
      <header
        style={{
          display: 'flex',
          justifyContent: 'space-between',
          alignItems: 'baseline',
          borderBottom: '2px solid #c8a45c',
          paddingBottom: '1.5vh',
        }}
      >
        <h1 style={{ fontSize: '4.2vh', margin: 0, color: '#f3d58b' }}>{data.meeting.title}</h1>
        <span style={{ fontSize: '2.4vh', opacity: 0.75 }}>{formatDateTime(data.meeting.startsAt)}</span>
      </header>
      {data.current ? (
        <section
          style={{
            margin: '4vh 0',
            padding: '3vh 3vw',
            background: '#1b2c47',
            borderLeft: '1vw solid #e0533d',
            borderRadius: 8,
          }}
          data-testid="screen-current"
        >
          <div style={{ fontSize: '2.6vh', color: '#f3d58b', marginBottom: '1.5vh' }}>
            {t('meetingQuestions.screenCurrent')}
          </div>
          <div style={{ fontSize: '5.5vh', lineHeight: 1.35, fontWeight: 600 }}>{data.current.body}</div>
          <div style={{ fontSize: '2.8vh', marginTop: '2vh', opacity: 0.8 }}>{who(data.current)}</div>
          {data.current.answeredBy && (
            <div style={{ fontSize: '2.6vh', marginTop: '1vh', color: '#9fd8a8' }}>
              {t('meetingQuestions.answeredBy')}：{data.current.answeredBy}
            </div>
          )}
        </section>
      ) : (
        !data.approved.length && (
          <p style={{ fontSize: '4vh', opacity: 0.6, marginTop: '10vh', textAlign: 'center' }}>
            {t('meetingQuestions.screenEmpty')}
          </p>
        )
      )}
      {data.approved.length > 0 && (
        <section data-testid="screen-approved">
          <h2 style={{ fontSize: '3vh', color: '#f3d58b', margin: '2vh 0 1vh' }}>
            {t('meetingQuestions.screenApproved')}
          </h2>
          <ol style={{ margin: 0, paddingLeft: '2.2em', fontSize: '3.4vh', lineHeight: 1.45 }}>
            {data.approved.map((q) => (
              <li key={q.id} style={{ marginBottom: '1.6vh' }}>
                {q.body}
                <span style={{ fontSize: '2.3vh', opacity: 0.7, marginLeft: '1em' }}>{who(q)}</span>
              </li>
            ))}
          </ol>
        </section>
      )}
      {data.answered.length > 0 && (
        <section style={{ opacity: 0.6 }}>
          <h2 style={{ fontSize: '2.6vh', margin: '3vh 0 1vh' }}>
            {t('meetingQuestions.screenAnswered')} {data.answered.length}
          </h2>
        </section>
      )}
    </main>
  );
}
