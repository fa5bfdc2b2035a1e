import { ImageResponse } from 'next/og';
import { labelOf } from '@/lib/assessment';
import { loadCardFonts } from '@/lib/card-fonts';
import { CARD_SIZE, type Card } from '@/lib/view/cards';

/**
 * The share card drawn at build time for a page: authority, what the page is,
 * and a score or rating badge, in the fonts of lib/card-fonts.ts.
 */

const SCORE_COLOURS = ['#b10e1e', '#a34700', '#00703c', '#1d5b79'];

/** Draws a card as a PNG response, with headers for a static file. */
export async function ogCard({ authority, kicker, title, score, badge }: Card): Promise<ImageResponse> {
  const colour = score ? SCORE_COLOURS[score - 1] : '#0b3d5c';
  return new ImageResponse(
    (
      <div style={{ width: '100%', height: '100%', display: 'flex', flexDirection: 'column', background: '#ffffff', fontFamily: 'Source Sans 3', color: '#1b1b1b' }}>
        <div style={{ display: 'flex', background: '#0b3d5c', color: '#ffffff', padding: '28px 56px', fontSize: 32, fontWeight: 700, borderBottom: '10px solid #1d70b8' }}>
          CQC local authority assessments
        </div>
        <div style={{ display: 'flex', flexDirection: 'column', padding: '40px 56px', flexGrow: 1 }}>
          <div style={{ fontSize: 36, color: '#505a5f' }}>{authority}</div>
          <div style={{ fontSize: 30, color: '#505a5f', marginTop: 8 }}>{kicker}</div>
          <div style={{ fontSize: title.length > 45 ? 58 : 72, fontWeight: 700, lineHeight: 1.1, marginTop: 24 }}>{title}</div>
          <div style={{ display: 'flex', alignItems: 'center', marginTop: 'auto', fontSize: 40, fontWeight: 700 }}>
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
        </div>
      </div>
    ),
    { ...CARD_SIZE, fonts: await loadCardFonts() },
  );
}
