import type { FirstUse } from '@/lib/glossary-match';
import { inlineMarkdownToHtml, markdownToHtml } from '@/lib/markdown';

type ProseProps = { text: string; id?: string; className?: string; inline?: boolean; firstUse?: FirstUse };

/**
 * Report text rendered through lib/markdown (sanitised), with glossary terms
 * marked where the page uses them first. The only dangerouslySetInnerHTML
 * for report text (json-ld.tsx holds the other, for escaped JSON).
 */
export function Prose({ text, id, className, inline = false, firstUse }: ProseProps) {
  const terms = firstUse?.take(text) ?? [];
  if (inline) return <span id={id} className={className} dangerouslySetInnerHTML={{ __html: inlineMarkdownToHtml(text, terms) }} />;
  return <div id={id} className={className ? `prose ${className}` : 'prose'} dangerouslySetInnerHTML={{ __html: markdownToHtml(text, terms) }} />;
}
