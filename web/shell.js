// The page glue: defines window.planner (the scripting API), configures the
// Emscripten Module before dagdeel.js loads, shows load failures plainly, and
// registers the service worker when served over http(s).
(function () {
  'use strict';
  let resolveReady, rejectReady;
  const ready = new Promise((resolve, reject) => { resolveReady = resolve; rejectReady = reject; });
  ready.catch(() => {});  // failures are shown on the page; avoid unhandled-rejection noise

  // A string as NUL-terminated UTF-8 on the wasm heap (the caller frees it):
  // web/lib/strings.js's copy, straight into wasm memory with encodeInto.
  const toHeapUtf8 = (M, s) => M.dagdeelCopyUTF8(s).p;
  const call = (name, ...args) => {
    const M = window.Module;
    if (!M || !M['_' + name]) throw new Error('Dagdeel is not ready yet: await planner.ready');
    // Strings go in as UTF-8 copies on the wasm heap, freed after the call.
    const pointers = [];
    const cArgs = args.map((a) => {
      if (typeof a !== 'string') return a;
      const p = toHeapUtf8(M, a);
      pointers.push(p);
      return p;
    });
    try {
      return JSON.parse(M.UTF8ToString(M['_' + name](...cArgs)));
    } finally {
      for (const p of pointers) M._free(p);
    }
  };

  const showFatal = (text) => {
    const el = document.getElementById('dd-fatal');
    if (el) { el.textContent = text; el.style.display = 'block'; }
    const loading = document.getElementById('dd-loading');
    if (loading) loading.style.display = 'none';
  };

  window.planner = {
    version: '0.1.0',
    ready,                                     // resolves after the first frame
    stats: () => call('dd_api_stats'),         // {frames, lastFrameMs, heapBytes}
    widgets: () => call('dd_api_widgets'),     // [{label, id, x, y, w, h}] drawn in the last frame
    current: () => call('dd_api_current'),     // {id, title} of the open draft
    // Loads a document (our JSON, .ics or frab schedule.xml, recognised by
    // content) as a new draft: {ok, errors, warnings, id}.
    open: (text) => call('dd_api_open', String(text)),
    // The open draft as json | ics | ics-items | ics-personal | md | txt | html
    // | frab-xml | frab-json; returns the text (throws with the reason on failure).
    export: (format = 'json', language = '') => {
      const r = call('dd_api_export', String(format), String(language));
      if (!r.ok) throw new Error(r.error);
      return r.text;
    },
    exportFile: (format = 'json', language = '') => call('dd_api_export', String(format), String(language)),
    // A link holding the open draft in its fragment (#plan=..., deflate-raw +
    // base64url; nothing is sent anywhere). Rejects with an Error whose .code
    // says why ('link-too-long': export a file instead). src/platform/web_files.cpp does the work.
    shareLink: async () => {
      const r = call('dd_api_export', 'json', '');
      if (!r.ok) throw new Error(r.error);
      return window.Module.dagdeelFiles.makeLink(r.text);
    },
    // Offers the plan in a share link's fragment, as opening the link does
    // (the app asks before importing); false when the URL holds no plan.
    openShareLink: (url) => window.Module.dagdeelFiles.offer(String(url)),
    // The drafts stored in this browser: [{id, title, modified}] (web/lib/storage.js).
    drafts: async () => { await ready; return window.Module.dagdeelStorage.drafts(); },
    // Resolves when every change is in IndexedDB; rejects with the reason when storage fails.
    flush: async () => { await ready; return window.Module.dagdeelStorage.flush(); },
    // Test only: make every write fail ("quota", "unavailable"; "" heals).
    _testFailStorage: (kind) => window.Module.dagdeelStorage.setFault(kind),
    // Benchmark/test only: reads a file as open() does without opening a draft: {ok, errors, days, items}.
    _testRead: (text) => call('dd_api_test_read', String(text)),
    // Test only: space versions by ms instead of 2 minutes (0: a version per save).
    _testVersionIntervalMs: (ms) => { call('dd_api_test_version_interval', Number(ms)); },
    updateAvailable: false,
  };

  // On a phone (below ~700 CSS px with a touch screen) the editor does not
  // fit: the open draft is shown as a page to read (web/lib/reading.js) until
  // the user taps "Bewerken". A narrow window with a mouse (a laptop zoomed to
  // 200 %) keeps the editor; Beeld > Leesweergave shows the page on request.
  const readOnSmallScreens = () => {
    const show = async () => {
      const M = window.Module;
      if (!M.dagdeelReading || !M.dagdeelReading.narrow()) return;
      try { await M.dagdeelStorage.drafts(); } catch (e) { /* no storage: show what is open */ }
      const r = call('dd_api_export', 'json', '');
      if (r.ok) M.dagdeelReading.showActive(r.text, '', () => {});
    };
    show();
    const M = window.Module;
    if (M.dagdeelReading) window.matchMedia(M.dagdeelReading.phoneQuery).addEventListener('change', (e) => { if (e.matches) show(); });
  };
  // The keyboard goes along: into the page (its Bewerken button), and back
  // to the editor after Bewerken, so no key lands in a hidden editor.
  const showReadingOnRequest = () => {
    const M = window.Module;
    const r = call('dd_api_export', 'json', '');
    if (!r.ok || !M.dagdeelReading.show(r.text, '', () => { if (M.dagdeelFocusInput) M.dagdeelFocusInput(); })) return;
    const edit = document.getElementById('dd-reading-edit');
    if (edit) edit.focus();
  };

  window.Module = {
    canvas: document.getElementById('canvas'),
    print: (text) => console.log(text),
    printErr: (text) => console.warn(text),
    // wasm compiled and instantiated, runtime up; main() runs next.
    onRuntimeInitialized: () => { if (performance.mark) performance.mark('dd-runtime-ready'); },
    dagdeelReady: () => {
      window.planner.readyMs = performance.now();  // navigation start -> first frame
      const loading = document.getElementById('dd-loading');
      if (loading) loading.remove();
      resolveReady(window.planner);
      readOnSmallScreens();
    },
    dagdeelShowReading: () => showReadingOnRequest(),
    // No canvas at all: web/lib/rescue.js shows a plain page with the drafts.
    dagdeelRescued: () => {
      window.planner.rescue = true;
      rejectReady(new Error('no canvas can be drawn in this browser'));
    },
    onAbort: (what) => {
      showFatal('Dagdeel is gestopt door een interne fout (' + what + '). Herlaad de pagina; ' +
                'je opgeslagen concepten blijven bewaard. / Dagdeel stopped after an internal error.');
      rejectReady(new Error(String(what)));
    },
  };

  // The one-file planner.html carries its wasm gzip-compressed in base64
  // (scripts/assemble-dist.mjs): inflate it and compile while the inline
  // dagdeel.js is parsed. A data: URL keeps the decoding in the browser.
  const packed = document.getElementById('dd-wasm-gzip');
  if (packed) {
    const compiled = typeof DecompressionStream === 'function'
      ? fetch('data:application/octet-stream;base64,' + packed.textContent.trim())
        .then((r) => new Response(r.body.pipeThrough(new DecompressionStream('gzip'))).arrayBuffer())
        .then((bytes) => WebAssembly.compile(bytes))
      : Promise.reject(new Error('this browser cannot inflate the app (no DecompressionStream)'));
    compiled.catch(() => {});  // reported through instantiateWasm below
    packed.remove();  // the page no longer needs the text
    window.Module.instantiateWasm = (imports, receiveInstance) => {
      compiled.then((module) => WebAssembly.instantiate(module, imports).then((instance) => receiveInstance(instance, module)))
        .catch((e) => window.Module.onAbort('wasm: ' + (e && e.message ? e.message : e)));
      return {};
    };
  }

  // Compile the wasm while dagdeel.js is still being fetched and parsed: the
  // page preloads dagdeel.wasm (index.html) and this starts a streaming
  // compile right away; Emscripten's loader then only instantiates it. A
  // server without the application/wasm type still works: compile from the
  // bytes instead.
  if (!packed && document.querySelector('link[rel="preload"][href="dagdeel.wasm"]') && window.WebAssembly &&
      typeof WebAssembly.compileStreaming === 'function' && typeof fetch === 'function') {
    const wasmFetch = () => fetch('dagdeel.wasm', { credentials: 'same-origin' });
    const compiled = WebAssembly.compileStreaming(wasmFetch())
      .catch(() => wasmFetch().then((r) => r.arrayBuffer()).then((bytes) => WebAssembly.compile(bytes)));
    compiled.catch(() => {});  // reported through instantiateWasm below
    window.Module.instantiateWasm = (imports, receiveInstance) => {
      compiled.then((module) => WebAssembly.instantiate(module, imports).then((instance) => receiveInstance(instance, module)))
        .catch((e) => window.Module.onAbort('wasm: ' + (e && e.message ? e.message : e)));
      return {};  // exports arrive through receiveInstance
    };
  }

  // No WebGL2 is not fatal: the renderer draws with Canvas 2D instead
  // (src/platform/web_renderer.cpp).

  // Offline support: only http(s) pages can have a service worker. A new
  // version waits politely; the user chooses when to reload.
  // Registered once the first frame is up (or failed, or after 3 s at the
  // latest), not at `load`: installing it fetches and stores every file of
  // the app again, which competed with the first frame for the CPU.
  const afterStart = () => new Promise((ok) => {
    ready.then(ok, ok);
    setTimeout(ok, 3000);
  });
  if ('serviceWorker' in navigator && /^https?:$/.test(location.protocol)) {
    window.addEventListener('load', () => afterStart().then(() => {
      navigator.serviceWorker.register('sw.js').then((reg) => {
        const offer = () => {
          window.planner.updateAvailable = true;
          const note = document.getElementById('dd-update');
          if (note) note.style.display = 'block';
        };
        if (reg.waiting && navigator.serviceWorker.controller) offer();
        reg.addEventListener('updatefound', () => {
          const sw = reg.installing;
          if (!sw) return;
          sw.addEventListener('statechange', () => {
            if (sw.state === 'installed' && navigator.serviceWorker.controller) offer();
          });
        });
        // Reload only when the user asked for the new version; the first
        // install also changes the controller (clients.claim) and must not.
        let userAskedReload = false;
        const button = document.getElementById('dd-update-reload');
        if (button) button.addEventListener('click', () => {
          userAskedReload = true;
          if (reg.waiting) reg.waiting.postMessage('skip-waiting');
        });
        navigator.serviceWorker.addEventListener('controllerchange', () => { if (userAskedReload) location.reload(); });
      }).catch((e) => console.warn('Dagdeel: service worker not registered:', e.message));
    }));
  }
})();
