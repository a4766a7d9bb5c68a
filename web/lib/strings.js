// Emscripten --js-library (linked because it is in web/lib/): copies of
// JavaScript strings on the wasm heap for calls into C++, freed afterwards.
// Top-level entries are `function` expressions: Emscripten 3.1.6 names them
// by rewriting the first `function (`.
mergeInto(LibraryManager.library, {
  // shell.js (planner.open, planner._testRead) copies its strings the same way.
  $DagdeelStrings__postset: "Module['dagdeelCopyUTF8'] = DagdeelStrings.copyUTF8;",
  $DagdeelStrings: {
    // One string as NUL-terminated UTF-8 on the wasm heap: { p, written }
    // (bytes before the NUL); the caller frees p. No lengthBytesUTF8 first (a
    // JavaScript loop over the text: 4 ms for a 700 KB file): the browser's
    // encodeInto writes straight into wasm memory. A first block of length +
    // 1/8 fits text that is mostly ASCII; otherwise the rest goes into a
    // block of the largest size it can need (3 bytes per UTF-16 unit).
    copyUTF8: function (text) {
      const fail = () => new Error('out of memory for a text of ' + text.length + ' characters');
      let cap = text.length + (text.length >> 3) + 16;
      let p = _malloc(cap);
      if (!p) throw fail();
      // HEAPU8 is read after each _malloc, which may grow (and replace) memory.
      const r = new TextEncoder().encodeInto(text, HEAPU8.subarray(p, p + cap - 1));
      let written = r.written;
      if (r.read < text.length) {
        cap = written + (text.length - r.read) * 3 + 1;
        const bigger = _malloc(cap);
        if (!bigger) { _free(p); throw fail(); }
        HEAPU8.copyWithin(bigger, p, p + written);
        _free(p);
        p = bigger;
        written += new TextEncoder().encodeInto(text.substring(r.read), HEAPU8.subarray(p + written, p + cap - 1)).written;
      }
      HEAPU8[p + written] = 0;
      return { p: p, written: written };
    },
    // Calls fn with one pointer per string (NUL-terminated UTF-8) and each
    // string's byte length, then frees them: fn(p1, n1, p2, n2, ...).
    // Lengths let C++ keep NUL bytes inside a file's text.
    withUTF8: function (strings, fn) {
      const args = [];
      const pointers = [];
      try {
        for (const s of strings) {
          const copy = DagdeelStrings.copyUTF8(String(s === undefined || s === null ? '' : s));
          pointers.push(copy.p);
          args.push(copy.p, copy.written);
        }
        return fn.apply(null, args);
      } finally {
        for (const p of pointers) _free(p);
      }
    },
    // A string returned to C++ as a malloc'ed copy that C++ frees (0 for null).
    toHeap: function (s) {
      if (s === null || s === undefined) return 0;
      const text = String(s);
      const n = lengthBytesUTF8(text) + 1;
      const p = _malloc(n);
      stringToUTF8(text, p, n);
      return p;
    },
  },
});
