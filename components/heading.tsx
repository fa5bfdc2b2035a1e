import type { ReactNode } from 'react';

export type Level = 1 | 2 | 3 | 4 | 5 | 6;

type HeadingProps = { level: Level; id?: string; className?: string; children: ReactNode };

/** A heading whose level is chosen by where a component sits on the page, so headings stay in order. */
export function Heading({ level, id, className, children }: HeadingProps) {
  const Tag = `h${level}` as const;
  return <Tag id={id} className={className}>{children}</Tag>;
}

/** One level down, never past h6. */
export function below(level: Level): Level {
  return level >= 6 ? 6 : ((level + 1) as Level);
}
