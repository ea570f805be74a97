/**
 * A page image in grey (one byte a pixel, 0 black … 255 white) and what is done to it
 * before Tesseract reads it: the skew of a sheet fed at a slight angle is measured and
 * undone, so each text line lies on one row of pixels again. Pure functions on pixel
 * buffers; the PGM (netpbm) format is how pages travel to and from pdftoppm and
 * Tesseract, because it needs no codec.
 */

export interface Raster {
  width: number;
  height: number;
  /** Row after row, one byte a pixel. */
  data: Uint8Array;
}

/** Reads a binary PGM (P5, 8 bits); null when the bytes are not one. */
export function readPgm(bytes: Uint8Array): Raster | null {
  // The header: magic, width, height, maxval, each separated by whitespace (comments allowed).
  let at = 0;
  const token = (): string | null => {
    for (;;) {
      while (at < bytes.length && /\s/.test(String.fromCharCode(bytes[at]!))) at += 1;
      if (bytes[at] !== 0x23) break;
      while (at < bytes.length && bytes[at] !== 0x0a) at += 1;
    }
    const start = at;
    while (at < bytes.length && !/\s/.test(String.fromCharCode(bytes[at]!))) at += 1;
    return at > start ? String.fromCharCode(...bytes.subarray(start, at)) : null;
  };
  if (token() !== 'P5') return null;
  const width = Number(token());
  const height = Number(token());
  const maxval = Number(token());
  at += 1; // the single whitespace after maxval
  if (!Number.isSafeInteger(width) || !Number.isSafeInteger(height) || width < 1 || height < 1 || maxval !== 255) return null;
  if (bytes.length - at < width * height) return null;
  return { width, height, data: bytes.subarray(at, at + width * height) };
}

export function writePgm(raster: Raster): Uint8Array {
  const header = new TextEncoder().encode(`P5\n${raster.width} ${raster.height}\n255\n`);
  const out = new Uint8Array(header.length + raster.data.length);
  out.set(header, 0);
  out.set(raster.data, header.length);
  return out;
}

/** Otsu's threshold of a grey histogram: the level that best splits ink from paper. */
export function otsuThreshold(data: Uint8Array): number {
  const histogram = new Float64Array(256);
  for (const value of data) histogram[value]! += 1;
  const total = data.length;
  let sum = 0;
  for (let i = 0; i < 256; i += 1) sum += i * histogram[i]!;
  let sumBackground = 0;
  let weightBackground = 0;
  let best = 128;
  let bestVariance = -1;
  for (let t = 0; t < 256; t += 1) {
    weightBackground += histogram[t]!;
    if (weightBackground === 0) continue;
    const weightForeground = total - weightBackground;
    if (weightForeground === 0) break;
    sumBackground += t * histogram[t]!;
    const meanBackground = sumBackground / weightBackground;
    const meanForeground = (sum - sumBackground) / weightForeground;
    const variance = weightBackground * weightForeground * (meanBackground - meanForeground) ** 2;
    if (variance > bestVariance) {
      bestVariance = variance;
      best = t;
    }
  }
  return best;
}

/** The raster shrunk by `factor` in both directions, each pixel the mean of its block: noise averages out. */
export function shrink(raster: Raster, factor: number): Raster {
  if (factor <= 1) return raster;
  const width = Math.floor(raster.width / factor);
  const height = Math.floor(raster.height / factor);
  const data = new Uint8Array(width * height);
  const area = factor * factor;
  for (let y = 0; y < height; y += 1) {
    for (let x = 0; x < width; x += 1) {
      let sum = 0;
      for (let dy = 0; dy < factor; dy += 1) {
        const row = (y * factor + dy) * raster.width + x * factor;
        for (let dx = 0; dx < factor; dx += 1) sum += raster.data[row + dx]!;
      }
      data[y * width + x] = Math.round(sum / area);
    }
  }
  return { width, height, data };
}

/**
 * The angle (degrees, positive when lines run down to the right) the text of the page
 * is turned by, within ±`limit`: the angle whose shear makes the rows of ink sharpest
 * (the largest sum of squared differences between neighbouring rows' ink counts).
 * 0 for a page with too little ink to tell.
 */
export function estimateSkew(raster: Raster, limit = 4): number {
  // About 700 pixels across is plenty to see lines of text (a 300 dpi A4 page is shrunk
  // fourfold); larger only costs time.
  const small = shrink(raster, Math.max(1, Math.round(raster.width / 700)));
  const threshold = Math.min(otsuThreshold(small.data), 200);
  const xs: number[] = [];
  const ys: number[] = [];
  for (let y = 0; y < small.height; y += 1) {
    for (let x = 0; x < small.width; x += 1) {
      if (small.data[y * small.width + x]! < threshold) {
        xs.push(x - small.width / 2);
        ys.push(y);
      }
    }
  }
  if (xs.length < 200) return 0;
  const margin = Math.ceil((small.width / 2) * Math.tan((limit * Math.PI) / 180)) + 2;
  const bins = new Float64Array(small.height + 2 * margin);
  const sharpness = (degrees: number): number => {
    const slope = Math.tan((degrees * Math.PI) / 180);
    bins.fill(0);
    for (let i = 0; i < xs.length; i += 1) bins[Math.round(ys[i]! - xs[i]! * slope) + margin]! += 1;
    let score = 0;
    for (let i = 1; i < bins.length; i += 1) score += (bins[i]! - bins[i - 1]!) ** 2;
    return score;
  };
  let best = 0;
  let bestScore = sharpness(0);
  for (let degrees = -limit; degrees <= limit + 1e-9; degrees += 0.1) {
    const score = sharpness(degrees);
    if (score > bestScore) {
      bestScore = score;
      best = degrees;
    }
  }
  const coarse = best;
  for (let degrees = coarse - 0.1; degrees <= coarse + 0.1 + 1e-9; degrees += 0.02) {
    const score = sharpness(degrees);
    if (score > bestScore) {
      bestScore = score;
      best = degrees;
    }
  }
  return Math.round(best * 100) / 100;
}

/**
 * The raster turned by `degrees` about its centre (bilinear, paper-white where the
 * turned page leaves corners empty). Turning by minus the skew straightens the text.
 */
export function rotate(raster: Raster, degrees: number): Raster {
  const { width, height, data } = raster;
  const out = new Uint8Array(width * height);
  const radians = (-degrees * Math.PI) / 180;
  const cos = Math.cos(radians);
  const sin = Math.sin(radians);
  const cx = (width - 1) / 2;
  const cy = (height - 1) / 2;
  for (let y = 0; y < height; y += 1) {
    const dy = y - cy;
    // Source coordinates move linearly along a row: step them instead of multiplying.
    let sx = cx - cx * cos - dy * sin;
    let sy = cy - cx * sin + dy * cos;
    for (let x = 0; x < width; x += 1, sx += cos, sy += sin) {
      const x0 = Math.floor(sx);
      const y0 = Math.floor(sy);
      if (x0 < 0 || y0 < 0 || x0 >= width - 1 || y0 >= height - 1) {
        out[y * width + x] = 255;
        continue;
      }
      const fx = sx - x0;
      const fy = sy - y0;
      const i = y0 * width + x0;
      const top = data[i]! + (data[i + 1]! - data[i]!) * fx;
      const bottom = data[i + width]! + (data[i + width + 1]! - data[i + width]!) * fx;
      out[y * width + x] = Math.round(top + (bottom - top) * fy);
    }
  }
  return { width, height, data: out };
}

/**
 * How noisy the paper is: of the pixels clearly lighter than ink, the share that
 * stray more than 12 levels from the paper's own grey (the most common light level).
 * A clean render is near 0 (only the soft edges of letters), a good scan a few per
 * cent, a noisy one 20 % and more.
 */
export function backgroundNoise(raster: Raster): number {
  const threshold = otsuThreshold(raster.data);
  const histogram = new Uint32Array(256);
  // Every 7th pixel is a fair sample and seven times cheaper.
  for (let i = 0; i < raster.data.length; i += 7) histogram[raster.data[i]!]! += 1;
  let paper = 255;
  for (let v = 255; v > threshold; v -= 1) if (histogram[v]! > histogram[paper]!) paper = v;
  let light = 0;
  let stray = 0;
  for (let v = Math.min(255, threshold + 30); v <= 255; v += 1) {
    light += histogram[v]!;
    if (Math.abs(v - paper) > 12) stray += histogram[v]!;
  }
  return light === 0 ? 0 : stray / light;
}

/**
 * A 3×3 median: removes specks and sensor noise while keeping the edges of letters.
 * Each window is sorted by a fixed network of 19 compare-exchanges (Paeth's), the
 * cheapest known for nine values.
 */
export function median3(raster: Raster): Raster {
  const { width, height, data } = raster;
  const out = new Uint8Array(data);
  for (let y = 1; y < height - 1; y += 1) {
    const up = (y - 1) * width;
    const row = y * width;
    const down = (y + 1) * width;
    for (let x = 1; x < width - 1; x += 1) {
      let p0 = data[up + x - 1]!, p1 = data[up + x]!, p2 = data[up + x + 1]!;
      let p3 = data[row + x - 1]!, p4 = data[row + x]!, p5 = data[row + x + 1]!;
      let p6 = data[down + x - 1]!, p7 = data[down + x]!, p8 = data[down + x + 1]!;
      let t: number;
      if (p1 > p2) { t = p1; p1 = p2; p2 = t; }
      if (p4 > p5) { t = p4; p4 = p5; p5 = t; }
      if (p7 > p8) { t = p7; p7 = p8; p8 = t; }
      if (p0 > p1) { t = p0; p0 = p1; p1 = t; }
      if (p3 > p4) { t = p3; p3 = p4; p4 = t; }
      if (p6 > p7) { t = p6; p6 = p7; p7 = t; }
      if (p1 > p2) { t = p1; p1 = p2; p2 = t; }
      if (p4 > p5) { t = p4; p4 = p5; p5 = t; }
      if (p7 > p8) { t = p7; p7 = p8; p8 = t; }
      if (p0 > p3) { p3 = p0; }
      if (p5 > p8) { p5 = p8; }
      if (p4 > p7) { t = p4; p4 = p7; p7 = t; }
      if (p3 > p6) { p6 = p3; }
      if (p1 > p4) { p4 = p1; }
      if (p2 > p5) { p2 = p5; }
      if (p4 > p7) { p4 = p7; }
      if (p4 > p2) { t = p4; p4 = p2; p2 = t; }
      if (p6 > p4) { p4 = p6; }
      if (p4 > p2) { p4 = p2; }
      out[row + x] = p4;
    }
  }
  return { width, height, data: out };
}

/**
 * Whether the paper is lit unevenly (a photo of a page, a shadow of the binding): the
 * paper's grey, taken in each cell of an 8×8 grid, differs by more than 40 levels.
 * One global threshold then turns the dark side black, so the page is binarised by a
 * local (Sauvola) threshold instead.
 */
export function unevenBackground(raster: Raster): boolean {
  const cells = 8;
  const levels: number[] = [];
  const cellWidth = Math.floor(raster.width / cells);
  const cellHeight = Math.floor(raster.height / cells);
  if (cellWidth < 4 || cellHeight < 4) return false;
  for (let cy = 0; cy < cells; cy += 1) {
    for (let cx = 0; cx < cells; cx += 1) {
      const histogram = new Uint32Array(256);
      let n = 0;
      for (let y = cy * cellHeight; y < (cy + 1) * cellHeight; y += 3) {
        for (let x = cx * cellWidth; x < (cx + 1) * cellWidth; x += 3) {
          histogram[raster.data[y * raster.width + x]!]! += 1;
          n += 1;
        }
      }
      // The paper of a cell: its 90th percentile, which ink in the cell does not reach.
      let seen = 0;
      for (let v = 0; v < 256; v += 1) {
        seen += histogram[v]!;
        if (seen >= n * 0.9) {
          levels.push(v);
          break;
        }
      }
    }
  }
  return Math.max(...levels) - Math.min(...levels) > 40;
}
