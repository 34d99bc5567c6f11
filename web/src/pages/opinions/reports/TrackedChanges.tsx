// Tracked changes between two versions of a report, as the author sees them: inserted text
// underlined in green, deleted text struck through in red (the spans come from the server's
// character/word diff).
import { theme } from 'antd';
import type { Span } from './reportsApi';

export function TrackedChanges({ spans }: { spans: Span[] }) {
  const { token } = theme.useToken();
  return (
    <div style={{ whiteSpace: 'pre-wrap', lineHeight: 1.9 }} data-testid="tracked-changes">
      {spans.map((s, i) =>
        s.op === 'insert' ? (
          <ins
            key={i}
            style={{ color: token.colorSuccessText, background: token.colorSuccessBg, textDecorationThickness: 2 }}
          >
            {s.text}
          </ins>
        ) : s.op === 'delete' ? (
          <del key={i} style={{ color: token.colorErrorText, background: token.colorErrorBg }}>
            {s.text}
          </del>
        ) : (
          <span key={i}>{s.text}</span>
        ),
      )}
    </div>
  );
}
