import type { GlossaryEntry } from '@/lib/glossary';
import { inlineMarkdownToHtml, markdownToHtml } from '@/lib/markdown';

type ProseProps = { text: string; id?: string; className?: string; inline?: boolean; terms?: readonly GlossaryEntry[] };

/**
 * Report text rendered through lib/markdown (sanitised), with `terms`, the
 * glossary entries the page first uses here (lib/view/glossary-marks.ts),
 * marked. The only dangerouslySetInnerHTML for report text (json-ld.tsx
 * holds the other, for escaped JSON).
 */
export function Prose({ text, id, className, inline = false, terms = [] }: ProseProps) {
  if (inline) return <span id={id} className={className} dangerouslySetInnerHTML={{ __html: inlineMarkdownToHtml(text, terms) }} />;
  return <div id={id} className={className ? `prose ${className}` : 'prose'} dangerouslySetInnerHTML={{ __html: markdownToHtml(text, terms) }} />;
}
