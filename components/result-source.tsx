import { sourceParts } from '@/lib/view/result-source';

/** A later result's source, every word kept: its addresses as links named by their websites, the words it quotes as quotations. */
export function ResultSource({ source }: { source: string }) {
  return (
    <span className="result-source__record">
      {sourceParts(source).map((part, index) => {
        if (part.kind === 'link') return <a key={index} href={part.href}>{part.text}</a>;
        if (part.kind === 'quote') return <q key={index}>{part.text}</q>;
        return part.text;
      })}
    </span>
  );
}
