/**
 * /embed.js — the newsroom's embed loader for partner pages. For every
 * `<div data-chart-embed="<chart-id>" [data-version="N"] [data-lang="en"] [data-title="…"]>` it adds a lazy iframe of
 * our embed page and keeps its height right by listening for pym.js-format height messages. It
 * trusts a message only from its own iframes (event.source) and only for a sane number; it never
 * navigates or scripts the host page.
 */
import { parsePymMessage, saneHeight } from './pym-protocol.ts';
import { embedUrl, isLang, SITE_PATHS } from './urls.ts';

((): void => {
  const script = document.currentScript as HTMLScriptElement | null;
  const origin = new URL(script?.src ?? SITE_PATHS.embedScript, window.location.href).origin;
  const frames = new Map<string, HTMLIFrameElement>();
  const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

  const mount = (host: HTMLElement): void => {
    const chart = host.getAttribute('data-chart-embed') ?? '';
    const version = host.getAttribute('data-version');
    // No `data-lang` is the original edition, as every code published before the English one.
    const lang = host.getAttribute('data-lang') ?? 'zh';
    if (
      host.hasAttribute('data-embed-mounted') ||
      !ID.test(chart) ||
      (version !== null && !/^\d+$/.test(version)) ||
      !isLang(lang)
    )
      return;
    host.setAttribute('data-embed-mounted', '');
    const childId = `cc${frames.size}${Math.random().toString(36).slice(2, 8)}`;
    const iframe = document.createElement('iframe');
    const path = embedUrl(chart, version ? Number(version) : undefined, lang);
    iframe.src = `${origin}${path}?childId=${childId}&initialWidth=${host.clientWidth}`;
    iframe.title = host.getAttribute('data-title') ?? (lang === 'en' ? 'Chart (数据图表)' : '数据图表 (chart)');
    iframe.loading = 'lazy';
    iframe.width = '100%';
    iframe.height = host.getAttribute('data-height') ?? '400';
    iframe.setAttribute('scrolling', 'no');
    iframe.setAttribute('frameborder', '0');
    iframe.style.border = '0';
    iframe.style.display = 'block';
    iframe.style.width = '100%';
    frames.set(childId, iframe);
    host.appendChild(iframe);
  };

  window.addEventListener('message', (event) => {
    for (const [childId, iframe] of frames) {
      if (event.source !== iframe.contentWindow) continue;
      const parsed = parsePymMessage(event.data, childId);
      const height = parsed?.type === 'height' ? saneHeight(parsed.message) : undefined;
      if (height !== undefined) iframe.height = String(height);
      return;
    }
  });

  const mountAll = (): void => document.querySelectorAll<HTMLElement>('[data-chart-embed]').forEach(mount);
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', mountAll);
  else mountAll();
})();
