/**
 * The embed page's side of the pym.js v1 protocol: tells the parent page its height whenever it
 * changes (ResizeObserver), and answers the parent's width messages. It only ever posts height
 * messages upward; it never reads or changes the parent page.
 */
import { parsePymMessage, pymMessage } from './pym-protocol.ts';

function start(): void {
  if (window.parent === window) return;
  const childId = new URLSearchParams(window.location.search).get('childId') ?? '';
  let last = -1;
  const sendHeight = (force = false): void => {
    const height = Math.ceil(document.body.getBoundingClientRect().height);
    if (!force && height === last) return;
    last = height;
    window.parent.postMessage(pymMessage(childId, 'height', String(height)), '*');
  };
  new ResizeObserver(() => sendHeight()).observe(document.body);
  window.addEventListener('load', () => sendHeight(true));
  window.addEventListener('message', (event) => {
    if (event.source !== window.parent) return;
    if (parsePymMessage(event.data, childId)?.type === 'width') sendHeight(true);
  });
  sendHeight(true);
}

start();
