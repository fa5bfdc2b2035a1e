import { createRequire } from 'node:module';
import path from 'node:path';
import type { ReactElement } from 'react';

/**
 * React's renderer to HTML, for the /search route handler. Next refuses a
 * static `import ... from 'react-dom/server'` anywhere under app/ ("You're
 * importing a component that imports react-dom/server"), because a route's
 * modules are bundled for React Server Components, where that entry point is
 * not allowed. Loaded at run time from the project's own node_modules instead,
 * it is the ordinary Node build of react-dom with the project's React: our
 * server components use no hooks or context, so rendering their elements
 * needs nothing from the bundled React, and React escapes every text and
 * attribute as on any page. README ("Serving") says why /search is rendered
 * this way rather than as a Next page.
 */
type Renderer = { renderToStaticMarkup: (element: ReactElement) => string };

function isRenderer(value: unknown): value is Renderer {
  return typeof value === 'object' && value !== null && 'renderToStaticMarkup' in value && typeof value.renderToStaticMarkup === 'function';
}

let renderer: Renderer | undefined;

function loadRenderer(): Renderer {
  const loaded: unknown = createRequire(path.join(process.cwd(), 'package.json'))('react-dom/server');
  if (!isRenderer(loaded)) throw new Error('react-dom/server has no renderToStaticMarkup: is react-dom installed?');
  return loaded;
}

/** A whole HTML document: the doctype and the element rendered to static markup (no React attributes, no hydration data). */
export function renderDocument(element: ReactElement): string {
  renderer ??= loadRenderer();
  return `<!DOCTYPE html>${renderer.renderToStaticMarkup(element)}`;
}
