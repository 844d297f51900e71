/**
 * The illustrations, one function per picture id in content/pictures.json. Each draws a flat
 * side-view scene of what the article describes, on a 1600×1000 canvas, and says in which top
 * corner the "示意图，非实拍" band goes (before/after pairs put it on opposite sides, so the
 * slider never hides both).
 */
import {
  bench,
  brickStack,
  building,
  car,
  flowerBed,
  hoarding,
  lamp,
  paving,
  person,
  road,
  shade,
  shrub,
  sky,
  spray,
  stoneTable,
  tree,
  weeds,
} from './elements.ts';
import { CANVAS, PALETTE as P, circle, ellipse, group, line, path, poly, rect } from './svg.ts';

export interface Scene {
  /** Top corner for the notice band. */
  corner: 'left' | 'right';
  /** The drawing, without the notice band. */
  draw: () => string;
}

const { width: W, height: H } = CANVAS;

/** A row of mid-rise street buildings with shops on the ground floor (Tiebei, Zhishan Road). */
function streetBuildings(base: number): string {
  return group([
    rect(0, base - 300, W, 300, P.farBuilding),
    building({ x: -40, base, width: 380, height: 420, color: P.wallCream, rows: 5, cols: 5, shopfront: '#b5523b' }),
    building({ x: 360, base, width: 300, height: 500, color: P.wallGrey, rows: 6, cols: 4, shopfront: '#3f6e8c' }),
    building({ x: 680, base, width: 420, height: 380, color: P.wallWarm, rows: 4, cols: 6, shopfront: '#6b8f47' }),
    building({ x: 1120, base, width: 300, height: 470, color: P.wallCream, rows: 6, cols: 4, shopfront: '#b5523b' }),
    building({ x: 1440, base, width: 260, height: 400, color: P.wallRose, rows: 5, cols: 3, shopfront: '#3f6e8c' }),
  ]);
}

/** Six-storey blocks of flats with balconies (residential compounds). */
function flats(base: number, colors: readonly string[], fresh = false): string {
  const parts: string[] = [];
  const xs = [-60, 520, 1100];
  xs.forEach((x, i) => {
    const color = colors[i % colors.length] ?? P.wallCream;
    parts.push(
      building({
        x,
        base,
        width: 560,
        height: 460,
        color,
        rows: 6,
        cols: 7,
        balconies: true,
        windowColor: fresh ? '#9cb8cc' : P.window,
      }),
    );
    if (fresh) parts.push(rect(x, base - 470, 560, 18, shade(color, 0.25)));
  });
  return group(parts);
}

function tiebeiBase(): string[] {
  return [
    sky(620, [
      [260, 120, 1],
      [1180, 90, 1.3],
    ]),
    streetBuildings(610),
    paving(610, 800),
    road(800, H),
  ];
}

const tiebeiBefore: Scene = {
  corner: 'left',
  draw: () => {
    const walkers = [
      person({ x: 560, base: 905, height: 200, shirt: '#c0504d', trousers: '#34495e', pose: 'walk', facing: 1 }),
      person({
        x: 700,
        base: 915,
        height: 190,
        shirt: '#5b7fa6',
        trousers: '#3b3b3b',
        pose: 'walk',
        facing: 1,
        hair: P.hairGrey,
      }),
      person({ x: 300, base: 790, height: 170, shirt: '#e0b04a', trousers: '#444', pose: 'walk', facing: -1 }),
    ];
    return group([
      ...tiebeiBase(),
      // The hoarding stands in the middle of the pavement and takes its back half.
      hoarding({ x0: -20, x1: W + 20, base: 712, height: 300, state: 'tidy' }),
      rect(0, 712, W, 6, 'rgba(0,0,0,0.12)'),
      lamp(1460, 800, 330),
      ...walkers.map((w) => w.svg),
      car(1080, 960, '#d9dde2', -1),
    ]);
  },
};

const tiebeiAfter: Scene = {
  corner: 'right',
  draw: () => {
    const walkers = [
      person({ x: 380, base: 720, height: 190, shirt: '#c0504d', trousers: '#34495e', pose: 'walk', facing: 1 }),
      person({
        x: 520,
        base: 745,
        height: 195,
        shirt: '#5b7fa6',
        trousers: '#3b3b3b',
        pose: 'walk',
        facing: 1,
        hair: P.hairGrey,
      }),
      person({ x: 980, base: 700, height: 180, shirt: '#e0b04a', trousers: '#444', pose: 'walk', facing: -1 }),
      person({ x: 1200, base: 760, height: 200, shirt: '#6f9e5a', trousers: '#2f3b48', pose: 'walk', facing: -1 }),
    ];
    return group([
      ...tiebeiBase(),
      tree({ x: 160, base: 780, height: 360, pit: true }),
      tree({ x: 760, base: 780, height: 340, pit: true, color: P.leafLight }),
      tree({ x: 1360, base: 780, height: 360, pit: true }),
      lamp(1460, 800, 330),
      ...walkers.map((w) => w.svg),
      car(1080, 960, '#d9dde2', -1),
    ]);
  },
};

function nanhuBase(): string[] {
  return [
    sky(560, [
      [1200, 110, 1.2],
      [380, 80, 0.9],
    ]),
    flats(560, [P.wallCream, P.wallWarm, P.wallCream]),
    rect(0, 560, W, 240, '#b9ad95'),
  ];
}

const nanhuBefore: Scene = {
  corner: 'left',
  draw: () =>
    group([
      ...nanhuBase(),
      // Behind the hoarding: an idle lot overgrown with weeds (seen over the top and through a gap).
      weeds(0, W, 700, 170, 11),
      hoarding({ x0: -20, x1: 620, base: 820, height: 250, state: 'shabby', seed: 5 }),
      // A missing panel shows weeds and rubbish behind.
      rect(620, 570, 150, 250, '#9f8f70'),
      weeds(620, 770, 820, 150, 23),
      ellipse(690, 805, 44, 22, '#5d5d5d'),
      ellipse(735, 812, 30, 16, '#7c7466'),
      hoarding({ x0: 770, x1: W + 20, base: 820, height: 250, state: 'shabby', seed: 9 }),
      weeds(0, W, 824, 46, 31),
      paving(824, 900),
      road(900, H, { lane: false }),
      person({
        x: 1220,
        base: 890,
        height: 180,
        shirt: '#7a6a9a',
        trousers: '#3a3a3a',
        pose: 'walk',
        facing: -1,
        hair: P.hairGrey,
      }).svg,
    ]),
};

const nanhuAfter: Scene = {
  corner: 'right',
  draw: () => {
    const sitter = person({
      x: 300,
      base: 820,
      height: 190,
      shirt: '#8a6d4f',
      trousers: '#3d3d3d',
      pose: 'sit',
      facing: 1,
      hair: P.hairGrey,
    });
    const left = person({
      x: 1040,
      base: 800,
      height: 180,
      shirt: '#c46e4c',
      trousers: '#3f4a56',
      pose: 'sit',
      facing: 1,
      hair: P.hairGrey,
    });
    const right = person({
      x: 1260,
      base: 800,
      height: 180,
      shirt: '#4f7aa0',
      trousers: '#3a3a3a',
      pose: 'sit',
      facing: -1,
    });
    return group([
      ...nanhuBase(),
      // The former lot: lawn, young apricot trees and flowering-plum shrubs, a paved path.
      rect(0, 640, W, 190, P.grass),
      tree({ x: 120, base: 700, height: 300, color: P.leafLight }),
      tree({ x: 560, base: 690, height: 280 }),
      tree({ x: 880, base: 700, height: 310, color: P.leafLight }),
      tree({ x: 1480, base: 700, height: 290 }),
      shrub(360, 700, 90, '#6c9e4f'),
      shrub(720, 712, 80, '#6c9e4f'),
      shrub(1380, 712, 86, '#6c9e4f'),
      paving(730, 830, { color: '#dcd3c3', joint: '#c5baa7', size: 70 }),
      bench(200, 820, 220),
      sitter.svg,
      stoneTable(1150, 808, 1.1),
      left.svg,
      right.svg,
      rect(0, 826, W, 10, P.stoneDark),
      paving(836, 900),
      road(900, H, { lane: false }),
    ]);
  },
};

const xinminPocketPark: Scene = {
  corner: 'left',
  draw: () => {
    const woman = person({
      x: 760,
      base: 770,
      height: 190,
      shirt: '#d46a8c',
      trousers: '#3b4755',
      pose: 'stand',
      facing: -1,
    });
    const walker = person({
      x: 1300,
      base: 840,
      height: 195,
      shirt: '#4f7aa0',
      trousers: '#333',
      pose: 'walk',
      facing: -1,
    });
    const reader = person({
      x: 1090,
      base: 760,
      height: 180,
      shirt: '#e0b04a',
      trousers: '#444',
      pose: 'sit',
      facing: -1,
      hair: P.hairGrey,
    });
    return group([
      sky(600, [
        [300, 100, 1.1],
        [1300, 140, 0.9],
      ]),
      // Older buildings of the historic street, with pitched tile roofs.
      building({ x: 60, base: 600, width: 520, height: 300, color: P.wallCream, rows: 3, cols: 6, roof: 'pitched' }),
      building({ x: 1000, base: 600, width: 560, height: 330, color: '#e4d4b8', rows: 3, cols: 6, roof: 'pitched' }),
      rect(600, 400, 380, 200, P.farBuilding),
      // The courtyard green now opens straight onto the street.
      rect(0, 600, W, 200, P.grass),
      tree({ x: 150, base: 660, height: 380 }),
      tree({ x: 640, base: 650, height: 330, color: P.leafLight }),
      tree({ x: 1480, base: 660, height: 380 }),
      flowerBed(40, 620, 770, 110, [P.pink, P.flowerWhite, P.purple, P.pinkLight], 3),
      flowerBed(860, 1040, 770, 100, [P.pink, P.flowerWhite, P.purple], 17),
      woman.svg,
      bench(1080, 780, 200),
      reader.svg,
      paving(780, 860),
      walker.svg,
      lamp(560, 860, 300),
      road(860, H),
      car(220, 975, '#b23a3a', 1),
    ]);
  },
};

const renovatedCompound: Scene = {
  corner: 'left',
  draw: () => {
    const a = person({
      x: 620,
      base: 860,
      height: 190,
      shirt: '#c0504d',
      trousers: '#3a3a3a',
      pose: 'walk',
      facing: 1,
      hair: P.hairGrey,
    });
    const b = person({
      x: 1180,
      base: 880,
      height: 150,
      shirt: '#e0b04a',
      trousers: '#35577a',
      pose: 'walk',
      facing: -1,
    });
    return group([
      sky(560, [[800, 90, 1.2]]),
      flats(600, ['#efe3cc', '#f2d7c2', '#efe3cc'], true),
      // New unit doors with canopies.
      ...[250, 830, 1380].map((x) =>
        group([
          rect(x - 70, 430, 140, 14, '#8f3f2f'),
          rect(x - 48, 444, 96, 156, '#7b2f24', { rx: 3 }),
          rect(x - 3, 444, 6, 156, '#5e2219'),
          circle(x - 14, 525, 4, '#e0c36a'),
          circle(x + 14, 525, 4, '#e0c36a'),
        ]),
      ),
      // New lawn, then the resurfaced road through the compound.
      rect(0, 600, W, 90, P.grass),
      shrub(80, 690, 70, P.leaf),
      shrub(520, 690, 70, P.leaf),
      shrub(1100, 690, 70, P.leaf),
      shrub(1540, 690, 70, P.leaf),
      tree({ x: 430, base: 690, height: 320, color: P.leafLight }),
      tree({ x: 1020, base: 690, height: 300 }),
      rect(0, 690, W, 12, P.curb),
      rect(0, 702, W, H - 702, '#4a525c'),
      ...[140, 520, 900, 1280].map((x) => rect(x, 860, 160, 10, '#f1f3f4', { opacity: 0.85 })),
      a.svg,
      b.svg,
    ]);
  },
};

const centurySquarePaving: Scene = {
  corner: 'right',
  draw: () => {
    const w1 = person({
      x: 700,
      base: 860,
      height: 230,
      shirt: '#3c5a78',
      trousers: '#334',
      pose: 'kneel',
      facing: 1,
      hat: 'helmet',
      vest: true,
    });
    const w2 = person({
      x: 1040,
      base: 905,
      height: 230,
      shirt: '#3c5a78',
      trousers: '#334',
      pose: 'kneel',
      facing: -1,
      hat: 'helmet',
      vest: true,
    });
    const w3 = person({
      x: 380,
      base: 850,
      height: 250,
      shirt: '#3c5a78',
      trousers: '#334',
      pose: 'bend',
      facing: 1,
      hat: 'helmet',
      vest: true,
    });
    return group([
      sky(700, [[1300, 330, 1]]),
      rect(0, 430, W, 200, P.farBuilding),
      building({ x: 40, base: 640, width: 300, height: 300, color: P.farBuildingDark, rows: 5, cols: 4 }),
      building({ x: 1200, base: 640, width: 360, height: 260, color: P.farBuildingDark, rows: 4, cols: 5 }),
      // The elevated light-rail bridge: deck, parapet and a train, on two piers.
      rect(0, 260, W, 150, P.concrete),
      rect(0, 380, W, 30, P.concreteDark),
      rect(0, 236, W, 24, P.concreteDark),
      rect(180, 120, 1120, 116, '#e9ecef', { rx: 22 }),
      rect(180, 186, 1120, 16, '#3f7cc4'),
      ...[240, 420, 600, 780, 960, 1140].map((x) => rect(x, 140, 120, 40, '#5f7285', { rx: 6 })),
      poly(
        [
          [250, 410],
          [410, 410],
          [380, 650],
          [280, 650],
        ],
        P.concreteDark,
      ),
      rect(280, 410, 100, 300, P.concrete),
      rect(1220, 410, 110, 300, P.concrete),
      poly(
        [
          [1180, 410],
          [1370, 410],
          [1330, 470],
          [1220, 470],
        ],
        P.concreteDark,
      ),
      // Shade under the bridge.
      rect(0, 640, W, H - 640, '#8e887d'),
      // Old, broken surface on the left; new square bricks laid on the right.
      rect(0, 700, 560, 300, '#8b8478'),
      ellipse(160, 820, 90, 26, '#6c665c'),
      ellipse(420, 930, 110, 30, '#6c665c'),
      path('M40 760 l 60 30 l 40 -10 l 70 40', 'none', { stroke: '#5e584f', 'stroke-width': 5 }),
      path('M300 720 l 30 50 l 60 10', 'none', { stroke: '#5e584f', 'stroke-width': 5 }),
      paving(700, H, { color: P.pavingNew, joint: P.pavingNewJoint, size: 90, x0: 560, x1: W }),
      rect(556, 700, 8, 300, '#6f6256'),
      brickStack(1240, 960, 5, 5),
      w3.svg,
      w1.svg,
      w2.svg,
      // Rubber mallets in the kneeling workers' hands.
      line(w1.hand[0], w1.hand[1], w1.hand[0] + 34, w1.hand[1] - 30, '#3a3a3a', 8),
      line(w2.hand[0], w2.hand[1], w2.hand[0] - 34, w2.hand[1] - 30, '#3a3a3a', 8),
      rect(w3.hand[0] - 22, w3.hand[1] - 4, 44, 22, P.pavingNew, { rx: 2 }),
    ]);
  },
};

const minleBackStreet: Scene = {
  corner: 'left',
  draw: () => {
    const digger = person({
      x: 620,
      base: 770,
      height: 220,
      shirt: '#3c5a78',
      trousers: '#334',
      pose: 'bend',
      facing: -1,
      hat: 'helmet',
      vest: true,
    });
    const layer = person({
      x: 1180,
      base: 880,
      height: 220,
      shirt: '#3c5a78',
      trousers: '#334',
      pose: 'kneel',
      facing: -1,
      hat: 'helmet',
      vest: true,
    });
    return group([
      sky(560, [[420, 100, 1]]),
      rect(0, 300, W, 320, P.farBuilding),
      building({ x: -40, base: 620, width: 620, height: 420, color: P.wallGrey, rows: 5, cols: 8, balconies: true }),
      building({ x: 600, base: 620, width: 520, height: 380, color: P.wallCream, rows: 5, cols: 7, balconies: true }),
      building({ x: 1140, base: 620, width: 520, height: 420, color: P.wallGrey, rows: 5, cols: 7, balconies: true }),
      // Young hedge being planted along the buildings.
      rect(0, 620, W, 50, P.soil),
      ...Array.from({ length: 26 }, (_, i) => shrub(30 + i * 62, 664, 34, i % 3 === 0 ? P.leafDark : P.leaf)),
      // The lane: an open trench for the storm and sewage pipes, then walkway and roadway bricks.
      rect(0, 670, W, 110, '#b59d7a'),
      rect(0, 700, 900, 56, P.soilDark),
      rect(0, 716, 900, 30, '#7d8790', { rx: 14 }),
      rect(0, 716, 900, 8, '#98a3ad'),
      ellipse(900, 730, 16, 18, '#5c656e'),
      poly(
        [
          [900, 700],
          [1000, 690],
          [1060, 720],
          [1000, 760],
          [900, 756],
        ],
        P.soil,
      ),
      ...[110, 340, 560, 780].map((x) =>
        group([
          poly(
            [
              [x, 700],
              [x + 14, 660],
              [x + 28, 700],
            ],
            '#f07f1f',
          ),
          rect(x + 6, 676, 16, 8, P.white),
        ]),
      ),
      digger.svg,
      line(digger.hand[0], digger.hand[1], digger.hand[0] - 60, digger.hand[1] + 70, '#7a5a43', 8),
      poly(
        [
          [digger.hand[0] - 78, digger.hand[1] + 64],
          [digger.hand[0] - 50, digger.hand[1] + 88],
          [digger.hand[0] - 60, digger.hand[1] + 100],
          [digger.hand[0] - 92, digger.hand[1] + 80],
        ],
        '#6f7378',
      ),
      paving(780, 860, { color: P.pavingNew, joint: P.pavingNewJoint, size: 70 }),
      rect(0, 860, 1000, H - 860, '#c9b28f'),
      paving(860, H, { color: '#b7b1a6', joint: '#9a948a', size: 130, x0: 1000, x1: W }),
      brickStack(260, 960, 6, 4, '#b7b1a6'),
      layer.svg,
    ]);
  },
};

function sweeper(x: number, base: number): string {
  // A compact pavement sweeper: cab, hopper, side brush and a warning beacon.
  const brushSpokes = Array.from({ length: 14 }, (_, i) => {
    const a = (i / 14) * Math.PI * 2;
    return line(x - 30, base - 12, x - 30 + Math.cos(a) * 62, base - 12 + Math.sin(a) * 16, '#5b4a36', 4);
  });
  return group([
    ellipse(x + 190, base + 4, 250, 14, 'rgba(0,0,0,0.18)'),
    ...brushSpokes,
    ellipse(x - 30, base - 12, 16, 8, '#333'),
    path(`M${x} ${base - 60} v -130 q 0 -30 30 -30 h 150 q 24 0 30 24 l 22 120 v 16 z`, '#f4f6f7'),
    path(`M${x + 40} ${base - 200} h 120 q 14 0 16 14 l 16 90 h -152 z`, '#9cc6df'),
    // The operator, seen through the cab window.
    circle(x + 112, base - 150, 17, P.skin),
    path(`M${x + 94} ${base - 154} a 18 17 0 0 1 36 0 z`, '#2f8a5b'),
    line(x + 118 - 14, base - 154, x + 118 - 40, base - 154, '#2f8a5b', 5),
    path(`M${x + 88} ${base - 104} q 0 -30 24 -30 q 24 0 24 30 z`, P.vest),
    path(`M${x + 40} ${base - 200} h 50 l -40 106 h -10 z`, '#ffffff', { opacity: 0.25 }),
    rect(x + 232, base - 190, 190, 150, '#2f8a5b', { rx: 14 }),
    rect(x + 232, base - 110, 190, 14, '#f4f6f7'),
    rect(x - 10, base - 70, 440, 44, '#2f8a5b', { rx: 10 }),
    rect(x - 10, base - 52, 440, 8, '#f4f6f7'),
    rect(x + 90, base - 252, 40, 22, '#f28a1e', { rx: 8 }),
    circle(x + 60, base - 20, 36, '#2e3236'),
    circle(x + 60, base - 20, 15, '#9aa0a6'),
    circle(x + 350, base - 20, 36, '#2e3236'),
    circle(x + 350, base - 20, 15, '#9aa0a6'),
  ]);
}

const zhishanRoadSweeping: Scene = {
  corner: 'right',
  draw: () => {
    const walker = person({
      x: 420,
      base: 770,
      height: 190,
      shirt: '#5b7fa6',
      trousers: '#3a3a3a',
      pose: 'walk',
      facing: 1,
      hair: P.hairGrey,
    });
    return group([
      sky(600, [[260, 110, 1]]),
      streetBuildings(610),
      paving(610, 820),
      tree({ x: 150, base: 800, height: 380, pit: true }),
      tree({ x: 1480, base: 800, height: 380, pit: true, color: P.leafLight }),
      sweeper(940, 780),
      // Swept, clean paving behind the machine; leaves ahead of it.
      ...[
        [720, 760],
        [760, 790],
        [680, 800],
        [800, 770],
        [640, 770],
      ].map(([x, y]) => ellipse(x ?? 0, y ?? 0, 12, 6, '#b79a4a')),
      walker.svg,
      road(820, H),
      car(180, 975, '#3a6ea5', 1),
    ]);
  },
};

const bridgePierCleaning: Scene = {
  corner: 'left',
  draw: () => {
    const a = person({
      x: 420,
      base: 880,
      height: 240,
      shirt: P.vest,
      trousers: '#4a4f57',
      pose: 'stand',
      facing: 1,
      hat: 'cap',
      vest: true,
    });
    const b = person({
      x: 1250,
      base: 900,
      height: 240,
      shirt: P.vest,
      trousers: '#4a4f57',
      pose: 'bend',
      facing: -1,
      hat: 'cap',
      vest: true,
    });
    return group([
      sky(680, [[1350, 360, 1]]),
      rect(0, 470, W, 180, P.farBuilding),
      building({ x: 1260, base: 650, width: 320, height: 260, color: P.farBuildingDark, rows: 4, cols: 4 }),
      // Bridge deck and one large pier.
      rect(0, 160, W, 190, P.concrete),
      rect(0, 330, W, 30, P.concreteDark),
      rect(0, 140, W, 22, P.concreteDark),
      poly(
        [
          [560, 360],
          [1040, 360],
          [960, 460],
          [640, 460],
        ],
        P.concreteDark,
      ),
      rect(660, 460, 280, 330, P.concrete),
      rect(660, 460, 40, 330, P.concreteShade, { opacity: 0.35 }),
      // Water streaming down the cleaned half of the pier.
      rect(800, 470, 140, 320, '#cfe6f1', { opacity: 0.45 }),
      ...[820, 850, 885, 915].map((x) => line(x, 490, x, 780, P.waterLight, 4, { opacity: 0.9 })),
      rect(0, 650, W, 140, '#948e84'),
      paving(790, H, { color: '#cdc4b4', joint: '#b2a792', size: 90 }),
      // Wet sheen on washed bricks.
      ellipse(1000, 900, 260, 34, P.waterLight, { opacity: 0.6 }),
      ellipse(760, 830, 140, 18, P.waterLight, { opacity: 0.55 }),
      a.svg,
      spray(a.hand[0] + 20, a.hand[1] - 10, 840, 560, 41),
      path(`M${a.hand[0]} ${a.hand[1]} q -60 40 -140 60 t -220 30`, 'none', {
        stroke: '#2f7d4f',
        'stroke-width': 10,
        'stroke-linecap': 'round',
      }),
      b.svg,
      spray(b.hand[0] - 10, b.hand[1] + 10, 1010, 900, 73),
      path(`M${b.hand[0]} ${b.hand[1]} q 80 40 160 50 t 200 40`, 'none', {
        stroke: '#2f7d4f',
        'stroke-width': 10,
        'stroke-linecap': 'round',
      }),
      line(b.hand[0], b.hand[1], b.hand[0] - 30, b.hand[1] + 6, '#333', 12),
      line(a.hand[0], a.hand[1], a.hand[0] + 30, a.hand[1] - 10, '#333', 12),
    ]);
  },
};

/** Every illustration, keyed by picture id. */
export const SCENES: Record<string, Scene> = {
  'xinmin-pocket-park': xinminPocketPark,
  'renovated-compound': renovatedCompound,
  'century-square-paving': centurySquarePaving,
  'minle-back-street': minleBackStreet,
  'zhishan-road-sweeping': zhishanRoadSweeping,
  'bridge-pier-cleaning': bridgePierCleaning,
  'nanhu-xincun-before': nanhuBefore,
  'nanhu-xincun-after': nanhuAfter,
  'tiebei-2nd-road-before': tiebeiBefore,
  'tiebei-2nd-road-after': tiebeiAfter,
};
