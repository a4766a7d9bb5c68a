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
          const max = lengthBytesUTF8(text) + 1;
          const p = _malloc(max);
          pointers.push(p);
          const written = new TextEncoder().encodeInto(text, HEAPU8.subarray(p, p + max - 1)).written;
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
