// Emscripten --js-library: the page around the canvas. The language the
// browser prefers, settings in localStorage ("dagdeel.<key>"), the console,
// and the hook that resolves window.planner.ready (web/shell.js defines
// Module.dagdeelReady). Called from src/platform/web_page.cpp.
mergeInto(LibraryManager.library, {
  dd_js_preferred_language__deps: ['$DagdeelStrings'],
  dd_js_preferred_language: function () {
    const langs = (navigator.languages && navigator.languages.length) ? navigator.languages : [navigator.language || 'nl'];
    for (const l of langs) {
      const s = String(l).toLowerCase();
      if (s.startsWith('nl')) return DagdeelStrings.toHeap('nl');
      if (s.startsWith('en')) return DagdeelStrings.toHeap('en');
    }
    return DagdeelStrings.toHeap('nl');
  },
  // prefers-reduced-motion, read once and then kept by a change listener that
  // renders a frame (_dd_resize asks for frames), so C++ may ask every frame.
  $DagdeelMotion: { query: null },
  dd_js_prefers_reduced_motion__deps: ['$DagdeelMotion'],
  dd_js_prefers_reduced_motion: function () {
    const M = DagdeelMotion;
    if (!M.query) {
      if (!window.matchMedia) return 0;
      M.query = window.matchMedia('(prefers-reduced-motion: reduce)');
      M.query.addEventListener('change', function () { _dd_resize(); });
    }
    return M.query.matches ? 1 : 0;
  },
  // A malloc'ed copy that C++ frees, or 0 when the setting is absent or storage refused.
  dd_js_load_setting__deps: ['$DagdeelStrings'],
  dd_js_load_setting: function (key) {
    let v = null;
    try { v = localStorage.getItem('dagdeel.' + UTF8ToString(key)); } catch (e) {}
    return DagdeelStrings.toHeap(v);
  },
  dd_js_store_setting: function (key, value) {
    try { localStorage.setItem('dagdeel.' + UTF8ToString(key), UTF8ToString(value)); } catch (e) {}
  },
  dd_js_announce_ready: function () { if (Module.dagdeelReady) Module.dagdeelReady(); },
  dd_js_log_line: function (text) { console.log(UTF8ToString(text)); },
  // A named point on the page's performance timeline (tests/bench/start_bench.mjs
  // reads them to split navigation -> first frame into phases).
  dd_js_mark: function (name) { if (self.performance && performance.mark) performance.mark(UTF8ToString(name)); },
});
