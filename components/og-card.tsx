import { ImageResponse } from 'next/og';
import { labelOf } from '@/lib/assessment';
import { loadCardFonts } from '@/lib/card-fonts';
import { SITE_NAME } from '@/lib/site';
import { CARD_SIZE, type Card } from '@/lib/view/cards';

/**
 * The share card drawn at build time for a page: the site's own name and
 * "not a CQC website" at the top, then the authority, what the page is, and
 * CQC's score or rating; the site's own calculation, where a card carries
 * one, comes last, smaller and labelled. In the fonts of lib/card-fonts.ts.
 */

const SCORE_COLOURS = ['#b10e1e', '#a34700', '#00703c', '#1d5b79'];
const INK = '#1b1b1b';
const MUTED = '#505a5f';
const ACCENT = '#6b4e16';

/** Draws a card as a PNG response, with headers for a static file. */
export async function ogCard({ authority, kicker, title, score, badge, note }: Card): Promise<ImageResponse> {
  const colour = score ? SCORE_COLOURS[score - 1] : ACCENT;
  return new ImageResponse(
    (
      <div style={{ width: '100%', height: '100%', display: 'flex', flexDirection: 'column', background: '#ffffff', fontFamily: 'Source Sans 3', color: INK }}>
        <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center', background: '#f4f1ea', padding: '24px 56px', borderBottom: `4px solid ${ACCENT}` }}>
          <div style={{ fontSize: 32, fontWeight: 700 }}>{SITE_NAME}</div>
          <div style={{ fontSize: 24, color: MUTED }}>Independent: not a CQC website</div>
        </div>
        <div style={{ display: 'flex', flexDirection: 'column', padding: '36px 56px', flexGrow: 1 }}>
          <div style={{ fontSize: 36, color: MUTED }}>{authority}</div>
          <div style={{ fontSize: 28, color: MUTED, marginTop: 8 }}>{kicker}</div>
          <div style={{ fontSize: title.length > 45 ? 58 : 72, fontWeight: 700, lineHeight: 1.1, marginTop: 24 }}>{title}</div>
          <div style={{ display: 'flex', flexDirection: 'column', marginTop: 'auto' }}>
            {score || badge ? (
              <div style={{ display: 'flex', alignItems: 'center', fontSize: 40, fontWeight: 700 }}>
                {score ? (
                  <div style={{ display: 'flex', marginRight: 24 }}>
                    {[1, 2, 3, 4].map((step) => (
                      <div key={step} style={{ width: 40, height: 40, marginRight: 10, borderRadius: 6, background: step <= score ? colour : '#ffffff', border: `3px solid ${step <= score ? colour : '#6f777b'}` }} />
                    ))}
                  </div>
                ) : null}
                <div style={{ display: 'flex', borderLeft: `12px solid ${colour}`, paddingLeft: 20 }}>
                  {score ? `Score ${score} of 4: ${labelOf(score).toLowerCase()}` : badge}
                </div>
              </div>
            ) : null}
            {note ? <div style={{ display: 'flex', fontSize: 28, color: MUTED, marginTop: 12 }}>{note}</div> : null}
          </div>
        </div>
      </div>
    ),
    { ...CARD_SIZE, fonts: await loadCardFonts() },
  );
}
