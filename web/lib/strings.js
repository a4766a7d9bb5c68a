// Emscripten --js-library (linked because it is in web/lib/): copies of
// JavaScript strings on the wasm heap for calls into C++, freed afterwards.
// Top-level entries are `function` expressions: Emscripten 3.1.6 names them
// by rewriting the first `function (`.
mergeInto(LibraryManager.library, {
  $DagdeelStrings: {
    // Calls fn with one pointer per string (NUL-terminated UTF-8) and each
    // string's byte length, then frees them: fn(p1, n1, p2, n2, ...).
    // Lengths let C++ keep NUL bytes inside a file's text.
    withUTF8: function (strings, fn) {
      const args = [];
      const pointers = [];
      try {
        for (const s of strings) {
          const text = String(s === undefined || s === null ? '' : s);
          // No lengthBytesUTF8 first (a JavaScript loop over the text: 4 ms
          // for a 700 KB file): a first block of length + 1/8 fits text that
          // is mostly ASCII; otherwise the rest goes into a block of the
          // largest size it can need (3 bytes per UTF-16 unit).
          let cap = text.length + (text.length >> 3) + 16;
          let p = _malloc(cap);
          if (!p) throw new Error('out of memory for a text of ' + text.length + ' characters');
          pointers.push(p);
          let r = new TextEncoder().encodeInto(text, HEAPU8.subarray(p, p + cap - 1));
          let written = r.written;
          if (r.read < text.length) {
            cap = written + (text.length - r.read) * 3 + 1;
            const bigger = _malloc(cap);
            if (!bigger) throw new Error('out of memory for a text of ' + text.length + ' characters');
            pointers.push(bigger);
            HEAPU8.copyWithin(bigger, p, p + written);
            p = bigger;
            written += new TextEncoder().encodeInto(text.substring(r.read), HEAPU8.subarray(p + written, p + cap - 1)).written;
          }
          HEAPU8[p + written] = 0;
          args.push(p, written);
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
