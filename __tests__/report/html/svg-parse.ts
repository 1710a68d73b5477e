/** Reads back what the SVG renderers wrote: elements, their attributes and every coordinate. */

export interface Element {
  tag: string;
  attrs: Record<string, string>;
  /** Text content up to the closing tag (for <text>), entity references left as written. */
  text: string;
}

export function elements(svg: string, tag?: string): Element[] {
  const out: Element[] = [];
  const re = /<([a-z][a-z0-9]*)((?:\s+[a-z][a-z0-9-:]*="[^"]*")*)\s*(\/?)>/g;
  for (let m = re.exec(svg); m !== null; m = re.exec(svg)) {
    if (tag !== undefined && m[1] !== tag) continue;
    const attrs: Record<string, string> = {};
    for (const a of m[2].matchAll(/([a-z][a-z0-9-:]*)="([^"]*)"/g)) attrs[a[1]] = a[2];
    const rest = svg.slice(re.lastIndex);
    const text = m[3] === '/' ? '' : rest.slice(0, Math.max(0, rest.indexOf('<')));
    out.push({ tag: m[1], attrs, text });
  }
  return out;
}

export function num(e: Element, a: string): number {
  return Number(e.attrs[a]);
}

/** The [x, y] vertices of a path's `d` (M and L commands only, as the renderers write). */
export function vertices(d: string): { move: boolean; x: number; y: number }[] {
  return [...d.matchAll(/([MLZ])([^MLZ]*)/g)]
    .filter((m) => m[1] !== 'Z')
    .map((m) => {
      const [x, y] = m[2].trim().split(/\s+/).map(Number);
      return { move: m[1] === 'M', x, y };
    });
}

/** Every coordinate attribute and path vertex of every chart in `html`, with its chart's viewBox. */
export function coordinates(html: string): { value: number; max: number; what: string }[] {
  const out: { value: number; max: number; what: string }[] = [];
  for (const chart of html.split('<svg').slice(1)) {
    const box = /viewBox="0 0 ([^ ]+) ([^"]+)"/.exec(chart);
    const [w, h] = box ? [Number(box[1]), Number(box[2])] : [NaN, NaN];
    for (const e of elements(`<svg${chart}`)) {
      for (const a of ['x', 'x1', 'x2', 'cx', 'width']) if (a in e.attrs) out.push({ value: num(e, a), max: w, what: `${e.tag} ${a}` });
      for (const a of ['y', 'y1', 'y2', 'cy', 'height']) if (a in e.attrs) out.push({ value: num(e, a), max: h, what: `${e.tag} ${a}` });
      if (e.tag === 'path') {
        for (const v of vertices(e.attrs.d)) {
          out.push({ value: v.x, max: w, what: 'path x' }, { value: v.y, max: h, what: 'path y' });
        }
      }
    }
  }
  return out;
}
