import type { Element, Nodes, Root } from 'hast';
import rehypeParse from 'rehype-parse';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import { SKIP, visit } from 'unist-util-visit';

/**
 * Turns a prerendered page into plain static HTML. Every page here is
 * server-rendered text with plain links and nothing to hydrate, so Next's
 * client runtime (React, the router and the inline React Server Components
 * payload) is dead weight on a phone, and its inline scripts would need
 * `'unsafe-inline'` in the Content-Security-Policy. Pure, so the rules are
 * unit-tested; scripts/strip-runtime.ts applies them after `next build`.
 */

const parser = unified().use(rehypeParse).freeze();
const printer = unified().use(rehypeStringify, { characterReferences: { useNamedReferences: true } }).freeze();

/** The site's own enhancement script (lib/browser/enhance.ts), the one script a static page runs. */
export const ENHANCE_SCRIPT = '/enhance.js';

function isElement(node: Nodes, tagName: string): node is Element {
  // Stryker disable next-line ConditionalExpression: only an element has a tag name; the type test is for the type checker
  if (node.type !== 'element') return false;
  return node.tagName === tagName;
}

/** A script that stays: JSON-LD data (never run) and the site's enhancement script. */
export function isKeptScript(script: Element): boolean {
  return script.properties.type === 'application/ld+json' || script.properties.src === ENHANCE_SCRIPT;
}

/** `<link rel="preload" as="script">` or `rel="modulepreload"`: a fetch of a script that no longer runs. */
export function isScriptPreload(link: Element): boolean {
  const rel = link.properties.rel;
  // Stryker disable next-line ArrayDeclaration: rehype reads every rel as a list; the fallback is for the type checker
  const rels = Array.isArray(rel) ? rel.map(String) : [];
  return rels.includes('modulepreload') || (rels.includes('preload') && link.properties.as === 'script');
}

function isRemoved(node: Nodes): boolean {
  if (isElement(node, 'script')) return !isKeptScript(node);
  return isElement(node, 'link') && isScriptPreload(node);
}

/**
 * Removes every script except JSON-LD and /enhance.js, and every script
 * preload. The rest of the page keeps its elements, attributes and words;
 * rehype writes it out again in its own spelling of the same HTML
 * (`<!doctype html>`, `<link ...>` without a slash).
 */
export function stripClientRuntime(html: string): string {
  const tree = parser.parse(html);
  visit(tree, (node, index, parent) => {
    if (!isRemoved(node)) return undefined;
    // Stryker disable next-line ConditionalExpression,LogicalOperator: a script or link always has a parent and an index; the check is for the type checker
    if (!parent || index === undefined) return undefined;
    parent.children.splice(index, 1);
    return [SKIP, index];
  });
  return printer.stringify(tree);
}

/** Every element of the tree with this tag name. */
function elementsOf(tree: Root, tagName: string): Element[] {
  const found: Element[] = [];
  visit(tree, (node) => { if (isElement(node, tagName)) found.push(node); });
  return found;
}

/** The words a reader sees: every text node outside scripts, in order. */
function visibleText(tree: Root): string {
  // Stryker disable next-line ArrayDeclaration: both pages are read the same way, so a common start cancels out
  const words: string[] = [];
  visit(tree, (node) => {
    if (isElement(node, 'script')) return SKIP;
    // Stryker disable next-line ConditionalExpression: other nodes with a value are comments, the same on both pages; join writes the rest as ''
    if (node.type === 'text') words.push(node.value);
    return undefined;
  });
  return words.join('');
}

/**
 * What must hold after stripping, read from the HTML again: no script but
 * JSON-LD and /enhance.js, no script preload, no trace of the React Server
 * Components payload, the kept scripts all still there, and the page's words
 * unchanged. Returns each problem found; a page with any is a build error,
 * never served half-stripped.
 */
export function checkStatic(before: string, after: string): string[] {
  const original = parser.parse(before);
  const stripped = parser.parse(after);
  const left = elementsOf(stripped, 'script');
  const problems: string[] = [];
  if (left.some((s) => !isKeptScript(s))) problems.push('a script other than JSON-LD and /enhance.js remains');
  if (after.includes('__next_f')) problems.push('the React Server Components payload remains');
  if (elementsOf(stripped, 'link').some(isScriptPreload)) problems.push('a script preload remains');
  if (left.filter(isKeptScript).length !== elementsOf(original, 'script').filter(isKeptScript).length) problems.push('a JSON-LD block or /enhance.js went missing');
  if (visibleText(stripped) !== visibleText(original)) problems.push('the words of the page changed');
  return problems;
}
