import { getResolvedPDFJS } from 'unpdf';
import { ensureArrayBufferTransfer } from './array-buffer-transfer.js';

/** Text drawn so a reader does not see it, and why. */
export interface HiddenRun {
  text: string;
  reason: string;
}

/** Below this size (in points, after every scaling) text is unreadable on paper or screen. */
export const TINY_TEXT_PT = 2;

type Matrix = [number, number, number, number, number, number];
const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];

interface State {
  ctm: Matrix;
  fill: string;
  fontSize: number;
  renderMode: number;
}

interface Fill {
  box: [number, number, number, number];
  color: string;
}

interface PageLike {
  getOperatorList(): Promise<{ fnArray: number[]; argsArray: unknown[][] }>;
}

/**
 * P-38: text a reader of the PDF does not see — in the colour of what is behind it
 * (white on a white page, or on a filled shape of its own colour), smaller than
 * TINY_TEXT_PT, or drawn invisible (rendering mode 3) — found by walking the page's
 * operator list with the graphics state (fill colour, transforms, font size).
 */
export async function hiddenRuns(page: PageLike): Promise<HiddenRun[]> {
  ensureArrayBufferTransfer();
  const { OPS } = await getResolvedPDFJS();
  const ops = await page.getOperatorList();
  const stack: State[] = [];
  let state: State = { ctm: IDENTITY, fill: '#000000', fontSize: 0, renderMode: 0 };
  let tm: Matrix = IDENTITY;
  let line: [number, number] = [0, 0];
  const fills: Fill[] = [];
  const runs: HiddenRun[] = [];
  const fillOps = new Set([
    OPS.fill,
    OPS.eoFill,
    OPS.fillStroke,
    OPS.eoFillStroke,
    OPS.closeFillStroke,
    OPS.closeEOFillStroke,
  ]);

  for (let i = 0; i < ops.fnArray.length; i++) {
    const fn = ops.fnArray[i]!;
    const args = ops.argsArray[i] ?? [];
    switch (fn) {
      case OPS.save:
        stack.push({ ...state });
        break;
      case OPS.restore:
        state = stack.pop() ?? state;
        break;
      case OPS.transform:
        state.ctm = multiply(args as Matrix, state.ctm);
        break;
      case OPS.setFillRGBColor:
        state.fill = String(args[0]).toLowerCase();
        break;
      case OPS.setFont:
        state.fontSize = Number(args[1]) || 0;
        break;
      case OPS.setTextRenderingMode:
        state.renderMode = Number(args[0]) || 0;
        break;
      case OPS.beginText:
        tm = IDENTITY;
        line = [0, 0];
        break;
      case OPS.setTextMatrix:
        tm = Object.values(args[0] as object).map(Number) as Matrix;
        line = [tm[4], tm[5]];
        break;
      case OPS.moveText:
      case OPS.setLeadingMoveText:
        line = [line[0] + Number(args[0]), line[1] + Number(args[1])];
        tm = [tm[0], tm[1], tm[2], tm[3], line[0], line[1]];
        break;
      case OPS.constructPath: {
        const [op, , minMax] = args as [number, unknown, ArrayLike<number> | null];
        if (fillOps.has(op) && minMax && minMax.length >= 4) {
          fills.push({ box: pageBox(minMax, state.ctm), color: state.fill });
        }
        break;
      }
      case OPS.showText:
      case OPS.showSpacedText: {
        const text = glyphText(args[0]);
        if (!text.trim()) break;
        const reason = hiddenBecause(state, tm, fills);
        if (reason) runs.push({ text, reason });
        break;
      }
    }
  }
  return runs;
}

function hiddenBecause(state: State, tm: Matrix, fills: Fill[]): string | undefined {
  if (state.renderMode === 3 || state.renderMode === 7) return 'hidden text (drawn invisible)';
  const m = multiply(tm, state.ctm);
  const size = Math.abs(state.fontSize) * Math.hypot(m[2], m[3]);
  if (size < TINY_TEXT_PT) return `hidden text (${round(size)} pt, too small to read)`;
  const [x, y] = [m[4], m[5]];
  // The last filled shape under the text's origin is its background; else the white page.
  let background = '#ffffff';
  for (let i = fills.length - 1; i >= 0; i--) {
    const [x0, y0, x1, y1] = fills[i]!.box;
    if (x >= x0 && x <= x1 && y >= y0 && y <= y1) {
      background = fills[i]!.color;
      break;
    }
  }
  if (closeColours(state.fill, background)) {
    return `hidden text (${state.fill} on a ${background} background)`;
  }
  return undefined;
}

function glyphText(glyphs: unknown): string {
  if (!Array.isArray(glyphs)) return '';
  let text = '';
  for (const g of glyphs) {
    if (g && typeof g === 'object' && 'unicode' in g) text += String(g.unicode ?? '');
    // Large negative spacing between glyphs is a word gap in most generators.
    else if (typeof g === 'number' && g < -200) text += ' ';
  }
  return text;
}

/** Colours a reader cannot tell apart: every channel within 24 of the other's. */
function closeColours(a: string, b: string): boolean {
  const pa = rgb(a);
  const pb = rgb(b);
  if (!pa || !pb) return false;
  return pa.every((v, i) => Math.abs(v - pb[i]!) <= 24);
}

function rgb(hex: string): [number, number, number] | undefined {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/.exec(hex);
  return m ? [parseInt(m[1]!, 16), parseInt(m[2]!, 16), parseInt(m[3]!, 16)] : undefined;
}

function multiply(a: Matrix, b: Matrix): Matrix {
  return [
    a[0] * b[0] + a[1] * b[2],
    a[0] * b[1] + a[1] * b[3],
    a[2] * b[0] + a[3] * b[2],
    a[2] * b[1] + a[3] * b[3],
    a[4] * b[0] + a[5] * b[2] + b[4],
    a[4] * b[1] + a[5] * b[3] + b[5],
  ];
}

function pageBox(minMax: ArrayLike<number>, ctm: Matrix): Fill['box'] {
  const corners = [
    [minMax[0]!, minMax[1]!],
    [minMax[2]!, minMax[1]!],
    [minMax[0]!, minMax[3]!],
    [minMax[2]!, minMax[3]!],
  ].map(([x, y]) => [x! * ctm[0] + y! * ctm[2] + ctm[4], x! * ctm[1] + y! * ctm[3] + ctm[5]]);
  const xs = corners.map((c) => c[0]!);
  const ys = corners.map((c) => c[1]!);
  return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
}

const round = (n: number) => Math.round(n * 100) / 100;
