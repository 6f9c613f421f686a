import { parse } from 'parse5';

/** What the checker needs from one HTML page, extracted in a single parse5 pass. */
export interface PageLink {
  href: string;
  /** Absolute URL, or undefined when href does not resolve. */
  url?: string;
  text: string;
}

export interface Subresource {
  tag: string;
  url: string;
}

export interface PageScript {
  src: string;
  url?: string;
  attrs: Record<string, string>;
}

export interface PageImage {
  src: string;
  url?: string;
  alt: string;
}

export interface ExtractedPage {
  title: string;
  links: PageLink[];
  scripts: PageScript[];
  images: PageImage[];
  subresources: Subresource[];
  text: string;
}

interface HtmlNode {
  nodeName: string;
  tagName?: string;
  attrs?: Array<{ name: string; value: string }>;
  childNodes?: HtmlNode[];
  content?: HtmlNode;
  value?: string;
}

const SKIP_TEXT = new Set(['script', 'style', 'noscript', 'template', 'head']);
const SUBRESOURCE_ATTRS: Record<string, string[]> = {
  img: ['src'],
  script: ['src'],
  iframe: ['src'],
  audio: ['src'],
  video: ['src', 'poster'],
  source: ['src'],
  embed: ['src'],
  object: ['data'],
};

function attrsOf(node: HtmlNode): Record<string, string> {
  const out: Record<string, string> = {};
  for (const a of node.attrs ?? []) out[a.name.toLowerCase()] = a.value;
  return out;
}

function resolveUrl(href: string, base: string): string | undefined {
  try {
    return new URL(href.trim(), base).href;
  } catch {
    return undefined;
  }
}

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function textOf(node: HtmlNode): string {
  if (node.nodeName === '#text') return node.value ?? '';
  if (node.tagName && SKIP_TEXT.has(node.tagName)) return '';
  const parts: string[] = [];
  for (const child of node.childNodes ?? []) parts.push(textOf(child));
  if (node.tagName === 'img') parts.push(attrsOf(node).alt ?? '');
  return parts.join(node.tagName ? ' ' : '');
}

export function extractPage(html: string, baseUrl: string): ExtractedPage {
  const document = parse(html) as unknown as HtmlNode;
  const page: ExtractedPage = { title: '', links: [], scripts: [], images: [], subresources: [], text: '' };
  let base = baseUrl;
  const textParts: string[] = [];
  const stack: Array<{ node: HtmlNode; inSkip: boolean }> = [{ node: document, inSkip: false }];
  while (stack.length > 0) {
    const { node, inSkip } = stack.pop()!;
    const tag = node.tagName;
    if (node.nodeName === '#text') {
      if (!inSkip) textParts.push(node.value ?? '');
      continue;
    }
    if (tag) {
      const attrs = attrsOf(node);
      if (tag === 'base' && attrs.href) base = resolveUrl(attrs.href, baseUrl) ?? base;
      if (tag === 'title' && !page.title) page.title = collapse(textOf(node));
      if (tag === 'a' && attrs.href !== undefined) {
        const url = resolveUrl(attrs.href, base);
        const text = collapse(`${textOf(node)} ${attrs.title ?? ''} ${attrs['aria-label'] ?? ''}`);
        page.links.push({ href: attrs.href, ...(url ? { url } : {}), text });
      }
      if (tag === 'script' && attrs.src) {
        const url = resolveUrl(attrs.src, base);
        page.scripts.push({ src: attrs.src, ...(url ? { url } : {}), attrs });
      }
      if (tag === 'img' && attrs.src) {
        const url = resolveUrl(attrs.src, base);
        page.images.push({ src: attrs.src, ...(url ? { url } : {}), alt: attrs.alt ?? '' });
        if (!inSkip) textParts.push(` ${attrs.alt ?? ''} `);
      }
      if (tag === 'link' && attrs.href) {
        const rel = (attrs.rel ?? '').toLowerCase();
        if (/stylesheet|icon|preload|modulepreload|manifest/.test(rel)) {
          const url = resolveUrl(attrs.href, base);
          if (url) page.subresources.push({ tag, url });
        }
      }
      for (const name of SUBRESOURCE_ATTRS[tag] ?? []) {
        const value = attrs[name];
        if (!value) continue;
        const url = resolveUrl(value, base);
        if (url) page.subresources.push({ tag, url });
      }
      if (!inSkip) textParts.push(' ');
    }
    const skip = inSkip || (tag !== undefined && SKIP_TEXT.has(tag));
    const children = node.content ? [node.content] : (node.childNodes ?? []);
    for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i]!, inSkip: skip });
  }
  page.text = collapse(textParts.join(''));
  return page;
}
