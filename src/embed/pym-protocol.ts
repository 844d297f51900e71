/**
 * The pym.js v1 message format, shared by the embed page (the child) and /embed.js (a parent):
 * `pymxPYMx<childId>xPYMx<type>xPYMx<message>`. Keeping the format means a partner page that already
 * runs `new pym.Parent(...)` (pym.js 1.3.2) resizes our embeds unchanged.
 */

export const PYM_DELIMITER = 'xPYMx';

export function pymMessage(childId: string, type: string, message: string): string {
  return ['pym', childId, type, message].join(PYM_DELIMITER);
}

/** Parses a pym message for `childId`; undefined when it is not one. */
export function parsePymMessage(data: unknown, childId: string): { type: string; message: string } | undefined {
  if (typeof data !== 'string') return undefined;
  const prefix = `pym${PYM_DELIMITER}${childId}${PYM_DELIMITER}`;
  if (!data.startsWith(prefix)) return undefined;
  const rest = data.slice(prefix.length);
  const split = rest.indexOf(PYM_DELIMITER);
  if (split < 1) return undefined;
  return { type: rest.slice(0, split), message: rest.slice(split + PYM_DELIMITER.length) };
}

/** Heights outside this range are ignored: no zero-height or page-swallowing iframes. */
export const MIN_HEIGHT = 40;
export const MAX_HEIGHT = 8000;

/** A height message's number, if it is a whole number within bounds. */
export function saneHeight(message: string): number | undefined {
  if (!/^\d{1,5}$/.test(message)) return undefined;
  const height = Number(message);
  return height >= MIN_HEIGHT && height <= MAX_HEIGHT ? height : undefined;
}
