import { describe, expect, it } from 'vitest';
import { extractPage } from './html.ts';

describe('extractPage', () => {
  const html = `<!doctype html><html><head><title> Shop  Title </title>
<link rel="stylesheet" href="http://cdn.example/a.css"><script src="/app.js"></script>
<style>.hidden{}</style></head><body>
<a href="/lien-he" title="Liên hệ chúng tôi">Liên <b>hệ</b></a>
<a href="https://other.example/x">Other</a>
<a href="javascript:void(0)">js</a>
<script>var notText = 1;</script><noscript>no js</noscript>
<img src="img/a.png" alt="Ảnh"><iframe src="http://video.example/embed"></iframe>
<p>Giá&nbsp;100.000&nbsp;₫</p><template><p>hidden template</p></template>
</body></html>`;
  const page = extractPage(html, 'https://shop.example/dir/index.html');

  it('reads title, links with text and resolved URLs', () => {
    expect(page.title).toBe('Shop Title');
    expect(page.links[0]).toMatchObject({ href: '/lien-he', url: 'https://shop.example/lien-he' });
    expect(page.links[0]!.text).toContain('Liên hệ');
    expect(page.links[1]!.url).toBe('https://other.example/x');
  });

  it('lists scripts, images and subresources resolved against the page', () => {
    expect(page.scripts.map((s) => s.url)).toEqual(['https://shop.example/app.js']);
    expect(page.images[0]).toMatchObject({ url: 'https://shop.example/dir/img/a.png', alt: 'Ảnh' });
    expect(page.subresources.map((r) => r.url)).toEqual([
      'http://cdn.example/a.css',
      'https://shop.example/app.js',
      'https://shop.example/dir/img/a.png',
      'http://video.example/embed',
    ]);
  });

  it('keeps visible text only', () => {
    expect(page.text).toContain('Giá 100.000 ₫');
    expect(page.text).toContain('Liên hệ');
    expect(page.text).not.toContain('notText');
    expect(page.text).not.toContain('.hidden');
    expect(page.text).not.toContain('no js');
    expect(page.text).not.toContain('Shop Title');
  });

  it('survives hostile markup', () => {
    const broken = extractPage('<a href="http://[bad">x<<<<script src=', 'https://s.example/');
    expect(broken.links[0]!.url).toBeUndefined();
    expect(extractPage('', 'https://s.example/').text).toBe('');
  });
});
