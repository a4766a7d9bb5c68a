// Emscripten --js-library: the Canvas 2D backend of the renderer (called from
// src/platform/web_renderer_canvas2d.cpp). Draws ImGui's draw lists without a
// GPU API:
//   - solid triangles (all three uvs equal: the atlas' white texel) become
//     path segments; consecutive triangles of one colour fill as one path, so
//     shared edges show no seams, each wound the same way so overlaps add up;
//   - textured quads (glyphs) are copied from the font atlas, tinted per
//     colour (a small cache of tinted copies; alpha goes via globalAlpha);
//   - each command is clipped to its rectangle.
// ImGui's own edge feathering is off for this backend (renderer_prepare_style),
// so every triangle has one colour and the browser anti-aliases the paths.
mergeInto(LibraryManager.library, {
  $DagdeelCanvas2D: {
    ctx: null,
    canvas: null,       // the canvas drawn on: the page's, or an overlay
    overlay: false,
    atlas: null,        // white glyphs, coverage in alpha
    // Maps are made in dd_js_c2d_init: Emscripten writes library objects out
    // as source text, where a Map literal would become a plain {}.
    tints: null,        // 0xBBGGRR -> tinted copy of the atlas
    styles: null,       // ImU32 -> CSS colour
    scale: 1,
    css: function (col) {
      let s = DagdeelCanvas2D.styles.get(col);
      if (s === undefined) {
        s = 'rgba(' + (col & 255) + ',' + ((col >>> 8) & 255) + ',' + ((col >>> 16) & 255) + ',' + ((col >>> 24) / 255).toFixed(3) + ')';
        if (DagdeelCanvas2D.styles.size > 512) DagdeelCanvas2D.styles.clear();
        DagdeelCanvas2D.styles.set(col, s);
      }
      return s;
    },
    // A copy of the atlas in one colour; the few text colours of the UI fit
    // in the cache, the oldest copy goes first.
    tint: function (rgb) {
      const C = DagdeelCanvas2D;
      let t = C.tints.get(rgb);
      if (t) return t;
      t = document.createElement('canvas');
      t.width = C.atlas.width;
      t.height = C.atlas.height;
      const g = t.getContext('2d');
      g.fillStyle = C.css((rgb | 0xFF000000) >>> 0);
      g.fillRect(0, 0, t.width, t.height);
      g.globalCompositeOperation = 'destination-in';
      g.drawImage(C.atlas, 0, 0);
      if (C.tints.size >= 12) C.tints.delete(C.tints.keys().next().value);
      C.tints.set(rgb, t);
      return t;
    },
    makeOverlay: function (under) {
      const c = document.createElement('canvas');
      c.id = 'canvas-2d';
      c.setAttribute('aria-hidden', 'true');
      // Drawn on top, transparent to pointer events: input still reaches the page's canvas.
      c.style.cssText = 'position:fixed;inset:0;width:100vw;height:100vh;display:block;pointer-events:none;';
      under.insertAdjacentElement('afterend', c);
      return c;
    },
  },

  dd_js_c2d_init__deps: ['$DagdeelCanvas2D'],
  dd_js_c2d_init: function (overWebgl) {
    const C = DagdeelCanvas2D;
    C.tints = new Map();
    C.styles = new Map();
    const page = Module.canvas || document.getElementById('canvas');
    if (!page) return 0;
    try {
      C.canvas = overWebgl ? C.makeOverlay(page) : page;
      C.overlay = !!overWebgl;
      C.ctx = C.canvas.getContext('2d', { alpha: false });
    } catch (e) {
      C.ctx = null;
    }
    if (!C.ctx && !overWebgl) {  // the canvas already holds another context
      try { C.canvas = C.makeOverlay(page); C.overlay = true; C.ctx = C.canvas.getContext('2d', { alpha: false }); } catch (e) {}
    }
    if (!C.ctx) { console.warn('Dagdeel: no Canvas 2D context either'); return 0; }
    return 1;
  },
  dd_js_c2d_show__deps: ['$DagdeelCanvas2D'],
  dd_js_c2d_show: function (visible) {
    const C = DagdeelCanvas2D;
    if (C.overlay && C.canvas) C.canvas.style.display = visible ? 'block' : 'none';
  },
  dd_js_c2d_atlas__deps: ['$DagdeelCanvas2D'],
  dd_js_c2d_atlas: function (alpha, width, height) {
    const C = DagdeelCanvas2D;
    const a = document.createElement('canvas');
    a.width = Math.max(1, width);
    a.height = Math.max(1, height);
    const image = new ImageData(a.width, a.height);
    const px = image.data;
    for (let i = 0, n = width * height; i < n; i++) {
      px[i * 4] = 255; px[i * 4 + 1] = 255; px[i * 4 + 2] = 255; px[i * 4 + 3] = HEAPU8[alpha + i];
    }
    a.getContext('2d').putImageData(image, 0, 0);
    C.atlas = a;
    C.tints.clear();
  },
  dd_js_c2d_begin__deps: ['$DagdeelCanvas2D'],
  dd_js_c2d_begin: function (w, h, scale, clear) {
    const C = DagdeelCanvas2D;
    const c = C.canvas;
    if (c.width !== w) c.width = w;    // the page's canvas is sized by web_input.cpp;
    if (c.height !== h) c.height = h;  // an overlay follows it here
    const ctx = C.ctx;
    C.scale = scale;
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.globalAlpha = 1;
    const f = clear >> 2;
    ctx.fillStyle = 'rgb(' + Math.round(HEAPF32[f] * 255) + ',' + Math.round(HEAPF32[f + 1] * 255) + ',' + Math.round(HEAPF32[f + 2] * 255) + ')';
    ctx.fillRect(0, 0, w, h);
    ctx.setTransform(scale, 0, 0, scale, 0, 0);  // ImGui draws in CSS pixels
  },
  dd_js_c2d_list__deps: ['$DagdeelCanvas2D'],
  dd_js_c2d_list: function (vtx, idx, indexBytes, cmds, cmdCount) {
    const C = DagdeelCanvas2D;
    const ctx = C.ctx;
    const F = HEAPF32, U = HEAPU32;
    const v = vtx >> 2;  // ImDrawVert: pos.x pos.y uv.x uv.y col = 5 words
    const I = indexBytes === 2 ? HEAPU16 : HEAPU32;
    const i0 = indexBytes === 2 ? idx >> 1 : idx >> 2;
    const atlas = C.atlas;
    const aw = atlas ? atlas.width : 1, ah = atlas ? atlas.height : 1;
    for (let k = 0; k < cmdCount; k++) {
      const c = (cmds >> 2) + k * 7;
      const cx0 = F[c], cy0 = F[c + 1], cx1 = F[c + 2], cy1 = F[c + 3];
      const start = i0 + F[c + 4], end = start + F[c + 5], base = F[c + 6];
      ctx.save();
      ctx.beginPath();
      ctx.rect(cx0, cy0, cx1 - cx0, cy1 - cy0);
      ctx.clip();
      let pathColour = -1;
      const flush = function () {
        if (pathColour === -1) return;
        ctx.fillStyle = C.css(pathColour);
        ctx.fill();
        pathColour = -1;
      };
      for (let i = start; i + 2 < end;) {
        const a = v + (I[i] + base) * 5, b = v + (I[i + 1] + base) * 5, d = v + (I[i + 2] + base) * 5;
        const col = U[a + 4];
        if (F[a + 2] === F[b + 2] && F[a + 2] === F[d + 2] && F[a + 3] === F[b + 3] && F[a + 3] === F[d + 3]) {
          i += 3;
          if ((col >>> 24) === 0) continue;
          if (col !== pathColour) { flush(); ctx.beginPath(); pathColour = col; }
          const ax = F[a], ay = F[a + 1], bx = F[b], by = F[b + 1], dx = F[d], dy = F[d + 1];
          ctx.moveTo(ax, ay);
          if ((bx - ax) * (dy - ay) - (by - ay) * (dx - ax) >= 0) { ctx.lineTo(bx, by); ctx.lineTo(dx, dy); } else { ctx.lineTo(dx, dy); ctx.lineTo(bx, by); }
          ctx.closePath();
          continue;
        }
        // A textured quad (a b c, a c d) or a lone textured triangle: its bounds.
        flush();
        let x0 = Math.min(F[a], F[b], F[d]), y0 = Math.min(F[a + 1], F[b + 1], F[d + 1]);
        let x1 = Math.max(F[a], F[b], F[d]), y1 = Math.max(F[a + 1], F[b + 1], F[d + 1]);
        let u0 = Math.min(F[a + 2], F[b + 2], F[d + 2]), v0 = Math.min(F[a + 3], F[b + 3], F[d + 3]);
        let u1 = Math.max(F[a + 2], F[b + 2], F[d + 2]), v1 = Math.max(F[a + 3], F[b + 3], F[d + 3]);
        if (i + 5 < end && I[i + 3] === I[i] && I[i + 4] === I[i + 2]) {
          const e = v + (I[i + 5] + base) * 5;
          x0 = Math.min(x0, F[e]); y0 = Math.min(y0, F[e + 1]); x1 = Math.max(x1, F[e]); y1 = Math.max(y1, F[e + 1]);
          u0 = Math.min(u0, F[e + 2]); v0 = Math.min(v0, F[e + 3]); u1 = Math.max(u1, F[e + 2]); v1 = Math.max(v1, F[e + 3]);
          i += 6;
        } else {
          i += 3;
        }
        if (!atlas || (col >>> 24) === 0 || x1 <= x0 || y1 <= y0) continue;
        ctx.globalAlpha = (col >>> 24) / 255;
        ctx.drawImage(C.tint(col & 0xFFFFFF), u0 * aw, v0 * ah, (u1 - u0) * aw, (v1 - v0) * ah, x0, y0, x1 - x0, y1 - y0);
        ctx.globalAlpha = 1;
      }
      flush();
      ctx.restore();
    }
  },
  dd_js_c2d_end: function () {},
});
