// Emscripten --js-library: files in the browser. The one download helper
// (Blob + <a download>), the one file picker (imports and backups), reading
// a file with progress and a size limit (UTF-8 decoding that never fails),
// dropping files onto the page, and share links: the plan's JSON
// deflate-raw compressed into the URL fragment ("#plan=" + base64url), which
// never leaves the browser. Results go to named C functions
// (src/platform/web_files.cpp: _dd_files_loaded, _dd_files_link_made, ...).
// window.planner.shareLink()/openShareLink() (web/shell.js) use
// Module.dagdeelFiles.
mergeInto(LibraryManager.library, {
  $DagdeelFiles__deps: ['$DagdeelStrings', '$DagdeelReading'],
  $DagdeelFiles: {
    maxFileBytes: 0, maxPlanBytes: 0, maxLinkChars: 0, installed: false,

    // The one download helper: bytes (Uint8Array) or text under a file name.
    download: function (name, mime, data) {
      const textual = mime.startsWith('text/') || mime.endsWith('json') || mime.endsWith('xml');
      const blob = new Blob([data], { type: textual ? mime + ';charset=utf-8' : mime });
      const a = document.createElement('a');
      a.href = URL.createObjectURL(blob);
      a.download = name;
      a.style.display = 'none';
      document.body.appendChild(a);
      a.click();
      setTimeout(function () { URL.revokeObjectURL(a.href); a.remove(); }, 60000);
    },
    // The one file picker: calls onFiles(FileList) once the user chose.
    pick: function (accept, multiple, onFiles) {
      const input = document.createElement('input');
      input.type = 'file';
      input.multiple = multiple;
      input.accept = accept;
      input.style.display = 'none';
      input.addEventListener('change', function () { const files = input.files; input.remove(); onFiles(files); });
      input.addEventListener('cancel', function () { input.remove(); });
      document.body.appendChild(input);
      input.click();
    },

    // --- import: one file, read as bytes with progress, decoded as UTF-8 ------------
    readFile: function (file) {
      const F = DagdeelFiles;
      const name = String(file.name || 'file');
      const text = function (fn, strings) { DagdeelStrings.withUTF8(strings, fn); };
      if (file.size > F.maxFileBytes) {
        text(function (n, _, c) { _dd_files_error(n, c, file.size, F.maxFileBytes); }, [name, 'too-large']);
        return;
      }
      const reader = new FileReader();
      reader.onprogress = function (e) {
        text(function (n) { _dd_files_progress(n, e.loaded, e.lengthComputable ? e.total : file.size); }, [name]);
      };
      reader.onerror = function () {
        const why = 'read-failed:' + (reader.error ? reader.error.message : '');
        text(function (n, _, c) { _dd_files_error(n, c, 0, 0); }, [name, why]);
      };
      reader.onload = function () {
        // UTF-8 goes over as text; any other bytes go over as they are, so
        // C++ decides the encoding (io/text_encoding.hpp: UTF-16 with a BOM,
        // else Windows-1252, what Dutch Excel writes in a CSV file).
        let decoded = null;
        try { decoded = new TextDecoder('utf-8', { fatal: true }).decode(reader.result); } catch (e) { decoded = null; }
        if (decoded !== null) {
          text(function (n, _, t, length) { _dd_files_loaded(n, t, length, file.size); }, [name, decoded]);
          return;
        }
        const bytes = new Uint8Array(reader.result);
        const p = _malloc(bytes.length + 1);
        try {
          HEAPU8.set(bytes, p);
          HEAPU8[p + bytes.length] = 0;
          text(function (n) { _dd_files_loaded(n, p, bytes.length, file.size); }, [name]);
        } finally {
          _free(p);
        }
      };
      text(function (n) { _dd_files_progress(n, 0, file.size); }, [name]);
      reader.readAsArrayBuffer(file);
    },
    readFiles: function (files) {
      for (const f of Array.from(files || []).slice(0, 20)) DagdeelFiles.readFile(f);
    },
    installDrop: function () {
      const carriesFiles = function (e) { return e.dataTransfer && Array.from(e.dataTransfer.types || []).includes('Files'); };
      window.addEventListener('dragover', function (e) {
        if (!carriesFiles(e)) return;
        e.preventDefault();
        e.dataTransfer.dropEffect = 'copy';
      });
      window.addEventListener('drop', function (e) {
        if (!e.dataTransfer || !e.dataTransfer.files || !e.dataTransfer.files.length) return;
        e.preventDefault();
        DagdeelFiles.readFiles(e.dataTransfer.files);
      });
    },

    // --- share links: "#plan=" + base64url(deflate-raw(UTF-8 JSON)) ------------------
    fail: function (code, message, value, limit) {
      const e = new Error(message);
      e.code = code; e.value = value || 0; e.limit = limit || 0;
      return e;
    },
    toBase64Url: function (bytes) {
      let bin = '';
      for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode.apply(null, bytes.subarray(i, i + 0x8000));
      return btoa(bin).replace(/[+]/g, '-').split('/').join('_').replace(/=+$/, '');
    },
    makeLink: async function (json) {
      const F = DagdeelFiles;
      if (typeof CompressionStream === 'undefined') throw F.fail('no-compression', 'this browser cannot compress (no CompressionStream)');
      const stream = new Blob([new TextEncoder().encode(String(json))]).stream().pipeThrough(new CompressionStream('deflate-raw'));
      const bytes = new Uint8Array(await new Response(stream).arrayBuffer());
      const base = location.href.split('#')[0];
      const length = base.length + 6 + Math.ceil(bytes.length * 4 / 3);
      if (length > F.maxLinkChars) {
        throw F.fail('link-too-long', 'the plan is too large for a link (' + length + ' characters, at most ' +
                     F.maxLinkChars + '); export a file instead', length, F.maxLinkChars);
      }
      return base + '#plan=' + F.toBase64Url(bytes);
    },
    fragmentOf: function (url) { const i = String(url).indexOf('#'); return i < 0 ? '' : String(url).slice(i); },
    planParameter: function (fragment) {
      const m = /^#(?:.*&)?plan=([^&]*)/.exec(String(fragment));
      return m ? m[1] : null;
    },
    // Bounded: reads the decompressed stream in chunks and stops past the limit,
    // so a link that inflates to gigabytes ends with a message, not a dead tab.
    decodeLink: async function (fragment) {
      const F = DagdeelFiles;
      let b64 = F.planParameter(fragment);
      if (b64 === null) throw F.fail('link-base64', 'the link holds no plan');
      try { b64 = decodeURIComponent(b64); } catch (e) { throw F.fail('link-base64', 'the link is not valid base64url'); }
      if (!/^[A-Za-z0-9_-]*$/.test(b64) || b64.length % 4 === 1 || b64.length === 0) {
        throw F.fail('link-base64', 'the link is not valid base64url');
      }
      b64 = b64.replace(/-/g, '+').split('_').join('/');
      while (b64.length % 4) b64 += '=';
      let bin;
      try { bin = atob(b64); } catch (e) { throw F.fail('link-base64', 'the link is not valid base64url'); }
      const bytes = new Uint8Array(bin.length);
      for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
      if (typeof DecompressionStream === 'undefined') throw F.fail('no-compression', 'this browser cannot decompress (no DecompressionStream)');
      const reader = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('deflate-raw')).getReader();
      const chunks = [];
      let total = 0;
      for (;;) {
        let step;
        try { step = await reader.read(); } catch (e) { throw F.fail('link-deflate', 'the link is damaged (not a compressed plan)'); }
        if (step.done) break;
        total += step.value.length;
        if (total > F.maxPlanBytes) {
          reader.cancel().catch(function () {});
          throw F.fail('link-bomb', 'the link decompresses to more than ' + Math.round(F.maxPlanBytes / 1048576) +
                       ' MB; it was not opened', total, F.maxPlanBytes);
        }
        chunks.push(step.value);
      }
      const all = new Uint8Array(total);
      let at = 0;
      for (const c of chunks) { all.set(c, at); at += c.length; }
      return new TextDecoder('utf-8', { fatal: false }).decode(all);
    },
    linkError: function (e) {
      const code = String(e && e.code ? e.code : 'link-deflate');
      DagdeelStrings.withUTF8([code], function (c) { _dd_files_link_error(c, (e && e.value) || 0, (e && e.limit) || 0); });
    },
    // A fragment with a plan: the app asks before opening it. Opened as a
    // page (load, hashchange), the plan is first shown in the reading view
    // (web/lib/reading.js); its "Bewerken" leads to the same question.
    offer: function (url, reading) {
      const F = DagdeelFiles;
      const fragment = F.fragmentOf(url);
      if (F.planParameter(fragment) === null) return false;
      const ask = function () { DagdeelStrings.withUTF8([fragment], function (f) { _dd_files_link_offered(f); }); };
      if (!reading) { ask(); return true; }
      F.decodeLink(fragment).then(function (text) {
        if (!DagdeelReading.show(text, '', ask)) ask();
      }, ask);  // a damaged link: the app's own message says why
      return true;
    },
  },

  // --- called from C++ (src/platform/web_files.cpp) ----------------------------------
  dd_js_files_install__deps: ['$DagdeelFiles'],
  dd_js_files_install: function (maxFileBytes, maxPlanBytes, maxLinkChars) {
    const F = DagdeelFiles;
    if (F.installed) return;
    F.installed = true;
    F.maxFileBytes = maxFileBytes; F.maxPlanBytes = maxPlanBytes; F.maxLinkChars = maxLinkChars;
    F.installDrop();
    window.addEventListener('hashchange', function () { F.offer(location.href, true); });
    Module['dagdeelFiles'] = F;
    Module['dagdeelReading'] = DagdeelReading;
    F.offer(location.href, true);
  },
  dd_js_download__deps: ['$DagdeelFiles'],
  dd_js_download: function (name, mime, data, length) {
    DagdeelFiles.download(UTF8ToString(name), UTF8ToString(mime), HEAPU8.slice(data, data + length));
  },
  dd_js_pick_import_files__deps: ['$DagdeelFiles'],
  dd_js_pick_import_files: function () {
    DagdeelFiles.pick('.json,.ics,.ical,.ifb,.xml,.txt,.md,.markdown,.html,.htm,.csv,.tsv,application/json,text/calendar,application/xml,text/xml,text/plain,text/markdown,text/html,text/csv,text/tab-separated-values', true,
                      DagdeelFiles.readFiles);
  },
  // Registrations (issue 16): one CSV, handed over as bytes so that the C++
  // reader can tell UTF-8 from Windows-1252 (a TextDecoder would not).
  dd_js_pick_registrations_file__deps: ['$DagdeelFiles', '$DagdeelStrings'],
  dd_js_pick_registrations_file: function () {
    DagdeelFiles.pick('.csv,.txt,text/csv,text/plain', false, function (files) {
      const file = files && files[0];
      if (!file) return;
      const name = String(file.name || 'registrations.csv');
      if (file.size > DagdeelFiles.maxFileBytes) {
        DagdeelStrings.withUTF8([name, 'too-large'], function (n, _, c) { _dd_files_error(n, c, file.size, DagdeelFiles.maxFileBytes); });
        return;
      }
      const reader = new FileReader();
      reader.onload = function () {
        const bytes = new Uint8Array(reader.result);
        const p = _malloc(bytes.length + 1);
        try {
          HEAPU8.set(bytes, p);
          DagdeelStrings.withUTF8([name], function (n) { _dd_files_registrations_loaded(n, p, bytes.length); });
        } finally {
          _free(p);
        }
      };
      reader.readAsArrayBuffer(file);
    });
  },
  // A backup to import: read whole and handed to the drafts library.
  dd_js_pick_backup_file__deps: ['$DagdeelFiles', '$DagdeelStrings'],
  dd_js_pick_backup_file: function () {
    DagdeelFiles.pick('.json,application/json', false, function (files) {
      const f = files && files[0];
      if (!f) return;
      const hand = function (ok, text) {
        DagdeelStrings.withUTF8([f.name, text], function (n, _, t, length) { _dd_storage_backup_chosen(n, ok, t, length); });
      };
      f.text().then(function (t) { hand(1, t); }, function (e) { hand(0, String(e && e.message || e)); });
    });
  },
  dd_js_make_share_link__deps: ['$DagdeelFiles', '$DagdeelStrings'],
  dd_js_make_share_link: function (json) {
    DagdeelFiles.makeLink(UTF8ToString(json)).then(function (link) {
      DagdeelStrings.withUTF8([link], function (l) { _dd_files_link_made(l, link.length, DagdeelFiles.maxLinkChars); });
    }, DagdeelFiles.linkError);
  },
  dd_js_open_share_link__deps: ['$DagdeelFiles', '$DagdeelStrings'],
  dd_js_open_share_link: function (fragment) {
    DagdeelFiles.decodeLink(UTF8ToString(fragment)).then(function (text) {
      DagdeelStrings.withUTF8([text], function (t, length) { _dd_files_link_loaded(t, length); });
    }, DagdeelFiles.linkError);
  },
  dd_js_clear_share_fragment__deps: ['$DagdeelFiles'],
  dd_js_clear_share_fragment: function () {
    if (DagdeelFiles.planParameter(location.hash) === null) return;
    history.replaceState(history.state, '', location.pathname + location.search);
  },
});
