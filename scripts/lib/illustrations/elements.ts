/**
 * The things scenes are built from: sky, buildings, street, paving, trees, people, hoardings,
 * furniture and machines. Flat shapes in a side view; every function returns SVG markup.
 */
import { CANVAS, PALETTE as P, circle, el, ellipse, group, line, path, poly, rect } from './svg.ts';

const { width: W } = CANVAS;

/** Sky with a soft gradient and a few flat clouds, down to `horizon`. */
export function sky(horizon: number, clouds: readonly [number, number, number][] = []): string {
  return group([
    el(
      'defs',
      {},
      el(
        'linearGradient',
        { id: 'sky', x1: 0, y1: 0, x2: 0, y2: 1 },
        el('stop', { offset: 0, 'stop-color': P.skyTop }),
        el('stop', { offset: 1, 'stop-color': P.skyBottom }),
      ),
    ),
    rect(0, 0, W, horizon, 'url(#sky)'),
    ...clouds.map(([x, y, s]) => cloud(x, y, s)),
  ]);
}

function cloud(x: number, y: number, s: number): string {
  return group(
    [
      ellipse(x, y, 90 * s, 26 * s, P.cloud),
      ellipse(x - 40 * s, y - 14 * s, 46 * s, 30 * s, P.cloud),
      ellipse(x + 30 * s, y - 22 * s, 54 * s, 38 * s, P.cloud),
    ],
    { opacity: 0.9 },
  );
}

export interface BuildingOptions {
  x: number;
  /** Ground line (bottom of the building). */
  base: number;
  width: number;
  height: number;
  color: string;
  /** Window rows and columns. */
  rows: number;
  cols: number;
  windowColor?: string;
  /** Flat roof (default), a pitched tile roof, or none. */
  roof?: 'flat' | 'pitched' | 'none';
  /** Draw balconies under every other window row. */
  balconies?: boolean;
  /** Shop fronts on the ground floor. */
  shopfront?: string;
}

/** A block of flats or offices with a grid of windows. */
export function building(o: BuildingOptions): string {
  const top = o.base - o.height;
  const parts = [rect(o.x, top, o.width, o.height, o.color)];
  const marginX = o.width * 0.1;
  const groundFloor = o.shopfront ? o.height / (o.rows + 1.4) : 0;
  const marginTop = o.height * 0.07;
  const usable = o.height - marginTop - groundFloor - o.height * 0.04;
  const cellW = (o.width - 2 * marginX) / o.cols;
  const cellH = usable / o.rows;
  for (let r = 0; r < o.rows; r++) {
    for (let c = 0; c < o.cols; c++) {
      const wx = o.x + marginX + c * cellW + cellW * 0.18;
      const wy = top + marginTop + r * cellH + cellH * 0.2;
      parts.push(rect(wx, wy, cellW * 0.64, cellH * 0.58, o.windowColor ?? P.window, { rx: 2 }));
      if (o.balconies && r % 2 === 1)
        parts.push(rect(wx - 4, wy + cellH * 0.5, cellW * 0.64 + 8, cellH * 0.16, shade(o.color), { rx: 2 }));
    }
  }
  if (o.shopfront) {
    const gy = o.base - groundFloor;
    parts.push(rect(o.x, gy, o.width, groundFloor, shade(o.color)));
    parts.push(rect(o.x, gy, o.width, groundFloor * 0.22, o.shopfront));
    const doors = Math.max(2, Math.round(o.width / 140));
    for (let i = 0; i < doors; i++) {
      const dw = o.width / doors;
      parts.push(
        rect(o.x + i * dw + dw * 0.12, gy + groundFloor * 0.32, dw * 0.76, groundFloor * 0.68, '#9fb5c4', { rx: 2 }),
      );
    }
  }
  if (o.roof === 'pitched') {
    parts.push(
      poly(
        [
          [o.x - 16, top + 2],
          [o.x + o.width / 2, top - o.width * 0.16],
          [o.x + o.width + 16, top + 2],
        ],
        P.roof,
      ),
    );
  } else if (o.roof !== 'none') {
    parts.push(rect(o.x - 6, top - 10, o.width + 12, 12, shade(o.color)));
  }
  return group(parts);
}

/** A darker tint of a hex colour, for edges and shadows. */
export function shade(hex: string, amount = 0.14): string {
  const n = Number.parseInt(hex.slice(1), 16);
  const channel = (shift: number): string =>
    Math.round(((n >> shift) & 255) * (1 - amount))
      .toString(16)
      .padStart(2, '0');
  return `#${channel(16)}${channel(8)}${channel(0)}`;
}

/** A paved band from `top` to `bottom` with joints converging slightly towards the middle. */
export function paving(
  top: number,
  bottom: number,
  o: { color?: string; joint?: string; size?: number; x0?: number; x1?: number } = {},
): string {
  const x0 = o.x0 ?? 0;
  const x1 = o.x1 ?? W;
  const size = o.size ?? 80;
  const joint = o.joint ?? P.pavingJoint;
  const depth = bottom - top;
  // The joints are clipped to the band; the id is derived from the band, so it is stable.
  const clipId = `paving-${Math.round(x0)}-${Math.round(top)}-${Math.round(x1)}-${Math.round(bottom)}`;
  const joints: string[] = [];
  const rows = Math.max(1, Math.round(depth / (size * 0.45)));
  for (let r = 1; r < rows; r++) {
    // Rows get taller towards the viewer.
    const t = r / rows;
    const y = top + depth * (t * t * 0.35 + t * 0.65);
    joints.push(line(x0, y, x1, y, joint, 3, { 'stroke-linecap': 'butt' }));
  }
  const vanishing = (x0 + x1) / 2;
  for (let x = x0 - size * 4; x <= x1 + size * 4; x += size) {
    const spread = 1 + depth / 900;
    const xb = vanishing + (x - vanishing) * spread;
    joints.push(line(x, top, xb, bottom, joint, 3, { 'stroke-linecap': 'butt' }));
  }
  return group([
    el('defs', {}, el('clipPath', { id: clipId }, rect(x0, top, x1 - x0, depth, '#000'))),
    rect(x0, top, x1 - x0, depth, o.color ?? P.paving),
    group(joints, { 'clip-path': `url(#${clipId})` }),
  ]);
}

/** The road: asphalt from `top` to `bottom`, with a kerb and a dashed lane line. */
export function road(top: number, bottom: number, o: { lane?: boolean } = {}): string {
  const parts = [
    rect(0, top, W, bottom - top, P.asphalt),
    rect(0, top, W, 14, P.curb),
    rect(0, top + 14, W, 6, P.asphaltDark),
  ];
  if (o.lane !== false) {
    const y = top + (bottom - top) * 0.62;
    for (let x = 20; x < W; x += 200) parts.push(rect(x, y, 110, 10, P.laneMark));
  }
  return group(parts);
}

export interface TreeOptions {
  x: number;
  /** Ground line at the foot of the trunk. */
  base: number;
  /** Overall height. */
  height: number;
  color?: string;
  /** Dots of blossom or fruit on the canopy. */
  dots?: { color: string; count: number; seed: number };
  /** Draw a square tree pit (grate) at the foot. */
  pit?: boolean;
}

/** A deciduous street tree: trunk and a canopy of overlapping circles. */
export function tree(o: TreeOptions): string {
  const h = o.height;
  const color = o.color ?? P.leaf;
  const canopyY = o.base - h * 0.68;
  const r = h * 0.26;
  const parts: string[] = [];
  if (o.pit) parts.push(ellipse(o.x, o.base + 4, h * 0.16, h * 0.035, P.soilDark));
  parts.push(
    poly(
      [
        [o.x - h * 0.035, o.base],
        [o.x - h * 0.018, canopyY],
        [o.x + h * 0.018, canopyY],
        [o.x + h * 0.035, o.base],
      ],
      P.trunk,
    ),
  );
  parts.push(circle(o.x - r * 0.75, canopyY + r * 0.2, r * 0.85, shade(color, 0.1)));
  parts.push(circle(o.x + r * 0.8, canopyY + r * 0.25, r * 0.8, shade(color, 0.1)));
  parts.push(circle(o.x, canopyY - r * 0.35, r, color));
  parts.push(circle(o.x - r * 0.35, canopyY - r * 0.55, r * 0.55, lighten(color)));
  if (o.dots) {
    let seed = o.dots.seed;
    const next = (): number => {
      seed = (seed * 16807) % 2147483647;
      return seed / 2147483647;
    };
    for (let i = 0; i < o.dots.count; i++) {
      const angle = next() * Math.PI * 2;
      const dist = Math.sqrt(next()) * r * 1.25;
      parts.push(
        circle(
          o.x + Math.cos(angle) * dist * 1.2,
          canopyY - r * 0.2 + Math.sin(angle) * dist * 0.85,
          h * 0.012 + next() * h * 0.008,
          o.dots.color,
        ),
      );
    }
  }
  return group(parts);
}

function lighten(hex: string): string {
  const n = Number.parseInt(hex.slice(1), 16);
  const channel = (shift: number): string => {
    const v = (n >> shift) & 255;
    return Math.round(v + (255 - v) * 0.18)
      .toString(16)
      .padStart(2, '0');
  };
  return `#${channel(16)}${channel(8)}${channel(0)}`;
}

/** A rounded shrub, optionally dotted with flowers. */
export function shrub(
  x: number,
  base: number,
  size: number,
  color: string,
  flowers?: { color: string; seed: number; count?: number },
): string {
  const parts = [
    ellipse(x - size * 0.45, base - size * 0.3, size * 0.55, size * 0.38, shade(color, 0.08)),
    ellipse(x + size * 0.4, base - size * 0.32, size * 0.6, size * 0.4, shade(color, 0.08)),
    ellipse(x, base - size * 0.5, size * 0.62, size * 0.5, color),
  ];
  if (flowers) {
    let seed = flowers.seed;
    for (let i = 0; i < (flowers.count ?? 9); i++) {
      seed = (seed * 16807) % 2147483647;
      const a = seed / 2147483647;
      seed = (seed * 16807) % 2147483647;
      const b = seed / 2147483647;
      parts.push(circle(x + (a - 0.5) * size * 1.6, base - size * 0.2 - b * size * 0.6, size * 0.07, flowers.color));
    }
  }
  return group(parts);
}

/** A flower bed of cosmos-like blooms on thin stems. */
export function flowerBed(
  x0: number,
  x1: number,
  base: number,
  height: number,
  colors: readonly string[],
  seed: number,
): string {
  const parts = [ellipse((x0 + x1) / 2, base - height * 0.15, (x1 - x0) / 2, height * 0.35, P.grassDark)];
  let s = seed;
  const next = (): number => {
    s = (s * 16807) % 2147483647;
    return s / 2147483647;
  };
  const count = Math.round((x1 - x0) / 14);
  for (let i = 0; i < count; i++) {
    const fx = x0 + 10 + next() * (x1 - x0 - 20);
    const fy = base - height * (0.35 + next() * 0.65);
    parts.push(line(fx, base - height * 0.1, fx + (next() - 0.5) * 10, fy, P.leafDark, 2.5));
    const color = colors[Math.floor(next() * colors.length)] ?? P.pink;
    const r = 7 + next() * 5;
    for (let k = 0; k < 6; k++) {
      const a = (k / 6) * Math.PI * 2;
      parts.push(
        ellipse(fx + Math.cos(a) * r * 0.7, fy + Math.sin(a) * r * 0.7, r * 0.55, r * 0.4, color, {
          transform: `rotate(${Math.round((a * 180) / Math.PI)} ${Math.round(fx + Math.cos(a) * r * 0.7)} ${Math.round(fy + Math.sin(a) * r * 0.7)})`,
        }),
      );
    }
    parts.push(circle(fx, fy, r * 0.3, '#f3c73b'));
  }
  return group(parts);
}

export interface PersonOptions {
  x: number;
  /** Feet on this line. */
  base: number;
  height: number;
  shirt: string;
  trousers?: string;
  skin?: string;
  hair?: string;
  /** Walking to the left or right, standing, sitting (on a seat at base), kneeling or bending to work. */
  pose?: 'stand' | 'walk' | 'sit' | 'kneel' | 'bend';
  facing?: 1 | -1;
  /** A site helmet, a sun hat, or none. */
  hat?: 'helmet' | 'cap';
  /** A high-visibility vest over the shirt. */
  vest?: boolean;
  /** Extra markup held in the hands (drawn after the arms), positioned by the caller. */
}

/** A simple flat figure. Returns markup and the position of the front hand, for tools. */
export function person(o: PersonOptions): { svg: string; hand: [number, number] } {
  const h = o.height;
  const f = o.facing ?? 1;
  const skin = o.skin ?? P.skin;
  const trousers = o.trousers ?? '#3d4b5c';
  const limb = h * 0.075;
  const pose = o.pose ?? 'stand';
  const parts: string[] = [];
  let hip: [number, number];
  let shoulder: [number, number];
  let head: [number, number];
  let hand: [number, number];
  const headR = h * 0.075;
  if (pose === 'sit') {
    hip = [o.x, o.base - h * 0.28];
    shoulder = [o.x + f * h * 0.02, hip[1] - h * 0.3];
    head = [shoulder[0] + f * h * 0.02, shoulder[1] - headR * 1.5];
    const knee: [number, number] = [o.x + f * h * 0.22, hip[1] - h * 0.01];
    parts.push(line(hip[0], hip[1], knee[0], knee[1], trousers, limb * 1.1));
    parts.push(line(knee[0], knee[1], knee[0] + f * h * 0.02, o.base + h * 0.05, trousers, limb));
    hand = [o.x + f * h * 0.18, hip[1] - h * 0.06];
  } else if (pose === 'kneel') {
    hip = [o.x, o.base - h * 0.3];
    shoulder = [o.x + f * h * 0.16, hip[1] - h * 0.24];
    head = [shoulder[0] + f * h * 0.1, shoulder[1] - headR * 0.9];
    const knee: [number, number] = [o.x + f * h * 0.1, o.base - h * 0.02];
    parts.push(line(hip[0], hip[1], knee[0], knee[1], trousers, limb * 1.1));
    parts.push(line(knee[0], knee[1], o.x - f * h * 0.16, o.base - h * 0.02, trousers, limb));
    parts.push(line(hip[0] - f * h * 0.02, hip[1], o.x + f * h * 0.3, hip[1] + h * 0.08, trousers, limb));
    parts.push(line(o.x + f * h * 0.3, hip[1] + h * 0.08, o.x + f * h * 0.3, o.base, trousers, limb));
    hand = [o.x + f * h * 0.36, o.base - h * 0.04];
  } else if (pose === 'bend') {
    hip = [o.x, o.base - h * 0.46];
    shoulder = [o.x + f * h * 0.24, hip[1] - h * 0.16];
    head = [shoulder[0] + f * h * 0.1, shoulder[1] - headR * 0.4];
    parts.push(line(hip[0], hip[1], o.x - f * h * 0.06, o.base, trousers, limb * 1.1));
    parts.push(line(hip[0], hip[1], o.x + f * h * 0.1, o.base, trousers, limb * 1.1));
    hand = [shoulder[0] + f * h * 0.12, shoulder[1] + h * 0.28];
  } else {
    hip = [o.x, o.base - h * 0.47];
    shoulder = [o.x, o.base - h * 0.8];
    head = [o.x + f * h * 0.01, o.base - h + headR];
    const stride = pose === 'walk' ? h * 0.13 : h * 0.035;
    parts.push(line(hip[0], hip[1], o.x - f * stride, o.base, trousers, limb * 1.1));
    parts.push(line(hip[0], hip[1], o.x + f * stride, o.base, shade(trousers, 0.12), limb * 1.1));
    hand = pose === 'walk' ? [o.x + f * h * 0.12, hip[1] + h * 0.02] : [o.x + f * h * 0.06, hip[1] + h * 0.04];
  }
  // Back arm, torso, front arm, head.
  const backHand: [number, number] =
    pose === 'walk' ? [shoulder[0] - f * h * 0.12, hip[1] + h * 0.01] : [hand[0] - f * h * 0.08, hand[1] + h * 0.01];
  parts.push(line(shoulder[0], shoulder[1], backHand[0], backHand[1], shade(o.shirt, 0.12), limb * 0.85));
  parts.push(line(shoulder[0], shoulder[1] + h * 0.02, hip[0], hip[1] - h * 0.02, o.shirt, h * 0.17));
  if (o.vest) {
    parts.push(line(shoulder[0], shoulder[1] + h * 0.04, hip[0], hip[1] - h * 0.03, P.vest, h * 0.15));
    const mx = (shoulder[0] + hip[0]) / 2;
    const my = (shoulder[1] + hip[1]) / 2 + h * 0.03;
    const dx = hip[0] - shoulder[0];
    const dy = hip[1] - shoulder[1];
    const len = Math.hypot(dx, dy);
    const nx = (-dy / len) * h * 0.075;
    const ny = (dx / len) * h * 0.075;
    parts.push(line(mx - nx, my - ny, mx + nx, my + ny, P.vestStripe, h * 0.028, { 'stroke-linecap': 'butt' }));
  }
  parts.push(line(shoulder[0], shoulder[1], hand[0], hand[1], o.vest ? P.vest : o.shirt, limb * 0.85));
  parts.push(circle(hand[0], hand[1], limb * 0.45, skin));
  parts.push(circle(head[0], head[1], headR, skin));
  if (o.hat === 'helmet') {
    parts.push(
      path(
        `M${r1(head[0] - headR * 1.15)} ${r1(head[1] - headR * 0.1)} A ${r1(headR * 1.15)} ${r1(headR * 1.1)} 0 0 1 ${r1(head[0] + headR * 1.15)} ${r1(head[1] - headR * 0.1)} Z`,
        P.helmet,
      ),
    );
    parts.push(
      line(
        head[0] - headR * 1.3,
        head[1] - headR * 0.1,
        head[0] + headR * 1.3,
        head[1] - headR * 0.1,
        shade(P.helmet),
        headR * 0.25,
      ),
    );
  } else if (o.hat === 'cap') {
    parts.push(
      path(
        `M${r1(head[0] - headR * 1.05)} ${r1(head[1] - headR * 0.15)} A ${r1(headR * 1.05)} ${r1(headR)} 0 0 1 ${r1(head[0] + headR * 1.05)} ${r1(head[1] - headR * 0.15)} Z`,
        o.hair ?? P.hair,
      ),
    );
    parts.push(
      line(
        head[0],
        head[1] - headR * 0.2,
        head[0] + f * headR * 1.7,
        head[1] - headR * 0.2,
        o.hair ?? P.hair,
        headR * 0.3,
      ),
    );
  } else {
    parts.push(
      path(
        `M${r1(head[0] - headR * 1.02)} ${r1(head[1] + headR * 0.1)} A ${r1(headR * 1.02)} ${r1(headR * 1.02)} 0 0 1 ${r1(head[0] + headR * 1.02)} ${r1(head[1] + headR * 0.1)} L ${r1(head[0] + headR * 0.3)} ${r1(head[1] - headR * 0.45)} Z`,
        o.hair ?? P.hair,
      ),
    );
  }
  return { svg: group(parts), hand };
}

function r1(n: number): number {
  return Math.round(n * 10) / 10;
}

/** A slatted park bench, seat at `base - height * 0.45`. */
export function bench(x: number, base: number, width: number, color = '#8a6a4d'): string {
  const seatY = base - 46;
  return group([
    rect(x + 10, seatY, 10, 46, '#4f5357'),
    rect(x + width - 20, seatY, 10, 46, '#4f5357'),
    rect(x, seatY - 6, width, 12, color, { rx: 3 }),
    rect(x, seatY - 52, width, 10, color, { rx: 3 }),
    rect(x, seatY - 32, width, 10, color, { rx: 3 }),
    rect(x + 12, seatY - 52, 6, 52, '#4f5357'),
    rect(x + width - 18, seatY - 52, 6, 52, '#4f5357'),
  ]);
}

/** A round stone table with drum-shaped stone stools on either side. */
export function stoneTable(x: number, base: number, scale = 1): string {
  const s = scale;
  const stool = (sx: number): string =>
    group([
      rect(sx - 20 * s, base - 44 * s, 40 * s, 44 * s, P.stoneDark, { rx: 8 * s }),
      ellipse(sx, base - 44 * s, 22 * s, 7 * s, P.stone),
    ]);
  return group([
    ellipse(x, base + 2, 130 * s, 12 * s, 'rgba(0,0,0,0.08)'),
    stool(x - 95 * s),
    stool(x + 95 * s),
    rect(x - 16 * s, base - 70 * s, 32 * s, 70 * s, P.stoneDark),
    ellipse(x, base - 2, 36 * s, 8 * s, P.stoneDark),
    rect(x - 70 * s, base - 84 * s, 140 * s, 16 * s, P.stone, { rx: 8 * s }),
    ellipse(x, base - 84 * s, 70 * s, 12 * s, '#c9c6be'),
  ]);
}

/** A street lamp on a slim pole. */
export function lamp(x: number, base: number, height: number): string {
  return group([
    rect(x - 5, base - height, 10, height, '#5b6168'),
    path(`M${x} ${base - height + 4} q 0 -30 40 -30 h 20`, 'none', {
      stroke: '#5b6168',
      'stroke-width': 8,
      'stroke-linecap': 'round',
    }),
    rect(x + 44, base - height - 32, 44, 14, '#5b6168', { rx: 6 }),
    rect(x + 48, base - height - 20, 36, 5, '#f3efd8'),
  ]);
}

/** A small car, seen from the side. */
export function car(x: number, base: number, color: string, facing: 1 | -1 = 1): string {
  const t = facing === 1 ? '' : `translate(${2 * x + 300} 0) scale(-1 1)`;
  return group(
    [
      ellipse(x + 150, base + 2, 150, 10, 'rgba(0,0,0,0.15)'),
      path(
        `M${x} ${base - 30} q 0 -40 30 -44 l 50 -6 l 45 -50 q 10 -8 25 -8 h 90 q 20 0 32 12 l 40 46 l 50 8 q 28 6 28 30 v 20 q 0 12 -12 12 h -276 q -12 0 -12 -12 z`,
        color,
      ),
      path(`M${x + 132} ${base - 128} h 80 q 12 0 20 9 l 32 37 h -150 z`, '#cfe1ee'),
      path(`M${x + 88} ${base - 82} l 34 -38 q 6 -6 14 -6 h 0 v 44 z`, '#cfe1ee'),
      circle(x + 70, base - 8, 30, '#2e3236'),
      circle(x + 70, base - 8, 13, '#9aa0a6'),
      circle(x + 236, base - 8, 30, '#2e3236'),
      circle(x + 236, base - 8, 13, '#9aa0a6'),
    ],
    t ? { transform: t } : {},
  );
}

export interface HoardingOptions {
  x0: number;
  x1: number;
  /** Ground line the hoarding stands on. */
  base: number;
  height: number;
  /** New and tidy, or old and shabby (faded, dented, rust-streaked, gaps). */
  state: 'tidy' | 'shabby';
  seed?: number;
}

/** A run of construction hoarding panels between posts. */
export function hoarding(o: HoardingOptions): string {
  const parts: string[] = [];
  const panel = 150;
  const top = o.base - o.height;
  const shabby = o.state === 'shabby';
  const color = shabby ? P.hoardingOld : P.hoarding;
  const dark = shabby ? P.hoardingOldDark : P.hoardingDark;
  let s = o.seed ?? 7;
  const next = (): number => {
    s = (s * 16807) % 2147483647;
    return s / 2147483647;
  };
  parts.push(rect(o.x0, o.base - 8, o.x1 - o.x0, 10, 'rgba(0,0,0,0.18)'));
  for (let x = o.x0, i = 0; x < o.x1; x += panel, i++) {
    const w = Math.min(panel, o.x1 - x);
    const sag = shabby ? (next() - 0.5) * 18 : 0;
    const ptop = top + Math.max(0, sag);
    parts.push(rect(x, ptop, w, o.base - ptop, color));
    // Corrugation.
    for (let k = 12; k < w; k += 18) parts.push(rect(x + k, ptop, 5, o.base - ptop, dark, { opacity: 0.35 }));
    if (!shabby) {
      parts.push(rect(x, ptop + o.height * 0.72, w, o.height * 0.1, P.white, { opacity: 0.9 }));
    } else {
      if (next() < 0.6)
        parts.push(
          path(
            `M${x + 20 + next() * 80} ${ptop + 10} l 8 ${o.height * (0.3 + next() * 0.4)} l 10 0 l -4 ${-o.height * 0.3} z`,
            P.hoardingRust,
            { opacity: 0.55 },
          ),
        );
      if (next() < 0.35)
        parts.push(
          poly(
            [
              [x + w * 0.3, ptop + o.height * 0.3],
              [x + w * 0.7, ptop + o.height * 0.36],
              [x + w * 0.62, ptop + o.height * 0.55],
              [x + w * 0.34, ptop + o.height * 0.5],
            ],
            dark,
            { opacity: 0.5 },
          ),
        );
      if (next() < 0.3)
        parts.push(rect(x + w * 0.2, ptop + o.height * 0.58, w * 0.5, o.height * 0.18, '#e4e1d6', { opacity: 0.75 }));
    }
    parts.push(rect(x - 5, top - 6, 10, o.height + 6, shabby ? '#6e6a63' : '#dfe5ea'));
  }
  parts.push(rect(o.x0 - 5, top - 10, o.x1 - o.x0 + 10, 10, shabby ? '#6e6a63' : '#dfe5ea'));
  return group(parts);
}

/** Weeds: spiky clumps of grass. */
export function weeds(x0: number, x1: number, base: number, height: number, seed: number): string {
  const parts: string[] = [];
  let s = seed;
  const next = (): number => {
    s = (s * 16807) % 2147483647;
    return s / 2147483647;
  };
  for (let x = x0; x < x1; x += 18 + next() * 30) {
    const h = height * (0.4 + next() * 0.6);
    const c = next() < 0.5 ? '#7d9a4a' : '#98a85a';
    parts.push(
      poly(
        [
          [x - 10, base],
          [x - 4 + next() * 8 - 12, base - h],
          [x, base - h * 0.3],
          [x + 6, base - h * 0.9],
          [x + 12, base],
        ],
        c,
      ),
    );
  }
  return group(parts);
}

/** A stack of paving bricks on a pallet. */
export function brickStack(x: number, base: number, cols: number, rows: number, color: string = P.pavingNew): string {
  const parts = [rect(x - 6, base - 14, cols * 44 + 12, 14, '#9a7b55')];
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      parts.push(
        rect(x + c * 44, base - 14 - (r + 1) * 22, 42, 20, r % 2 === 0 ? color : shade(color, 0.06), { rx: 2 }),
      );
    }
  }
  return group(parts);
}

/** Water sprayed from a nozzle at (x, y) in an arc to (tx, ty). */
export function spray(x: number, y: number, tx: number, ty: number, seed: number): string {
  const cx = (x + tx) / 2;
  const cy = Math.min(y, ty) - 80;
  const parts = [
    path(`M${x} ${y} Q ${cx} ${cy} ${tx} ${ty}`, 'none', {
      stroke: P.water,
      'stroke-width': 10,
      'stroke-linecap': 'round',
      opacity: 0.85,
    }),
    path(`M${x} ${y} Q ${cx} ${cy - 10} ${tx + 20} ${ty - 10}`, 'none', {
      stroke: P.waterLight,
      'stroke-width': 4,
      'stroke-linecap': 'round',
      opacity: 0.9,
    }),
  ];
  let s = seed;
  for (let i = 0; i < 26; i++) {
    s = (s * 16807) % 2147483647;
    const a = s / 2147483647;
    s = (s * 16807) % 2147483647;
    const b = s / 2147483647;
    parts.push(circle(tx + (a - 0.5) * 90, ty + (b - 0.5) * 80, 3 + a * 4, P.water, { opacity: 0.8 }));
  }
  return group(parts);
}
