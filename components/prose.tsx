import { inlineMarkdownToHtml, markdownToHtml } from '@/lib/markdown';

type ProseProps = { text: string; id?: string; className?: string; inline?: boolean };

/**
 * Report text rendered through lib/markdown (sanitised). The only
 * dangerouslySetInnerHTML in the codebase: everything else is plain JSX.
 */
export function Prose({ text, id, className, inline = false }: ProseProps) {
  if (inline) return <span id={id} className={className} dangerouslySetInnerHTML={{ __html: inlineMarkdownToHtml(text) }} />;
  return <div id={id} className={className ? `prose ${className}` : 'prose'} dangerouslySetInnerHTML={{ __html: markdownToHtml(text) }} />;
}
