// Emscripten --js-library: the browser half of the drafts store. It only
// executes what src/storage/drafts_library.cpp decides (through the port in
// src/platform/web_storage.cpp) and reports back through named C functions
// (_dd_storage_saved, _dd_storage_loaded, ...). IndexedDB database "dagdeel":
//   drafts      id -> {id, title, created, modified, json, checksum}
//               (index "head": [id, checksum, created], so a save compares
//               without reading, and structured-cloning, megabytes of JSON)
//   versions    auto key -> {key, draft, started, time, title, json, checksum} (index "draft")
//   bin         id -> draft record + {deleted}
//   quarantine  auto key -> {draftId, time, record}: damaged records, set aside, never deleted
//   meta        "session" -> {current, tab}
// Other tabs are told through BroadcastChannel("dagdeel") who has which draft
// open and who saved what. window.planner (web/shell.js) reaches this object
// as Module.dagdeelStorage for drafts(), flush() and the test hooks.
mergeInto(LibraryManager.library, {
  $DagdeelStorage__deps: ['$DagdeelStrings'],
  $DagdeelStorage: {
    db: null, fault: '', loaded: false, flushWaiters: [], channel: null,
    tabId: '', others: {}, openId: '',

    // Calls the exported C function `name` with these strings (as pointers) and numbers.
    send: function (name, args) {
      const strings = [];
      const slots = args.map(function (a) {
        if (typeof a === 'string') { strings.push(a); return null; }
        return a;
      });
      DagdeelStrings.withUTF8(strings, function () {
        let i = 0;
        const pairs = arguments;
        const cArgs = slots.map(function (a) { if (a !== null) return a; const p = pairs[i]; i += 2; return p; });
        Module['_' + name].apply(null, cArgs);
      });
    },
    errorJson: function (e) {
      const text = !e ? 'unknown error' : (e.name ? e.name + ': ' : '') + (e.message || String(e));
      return JSON.stringify({ error: text, name: (e && e.name) || '' });
    },
    faultError: function () {
      const S = DagdeelStorage;
      if (S.fault === 'quota') return { name: 'QuotaExceededError', message: 'The quota has been exceeded (injected test fault)' };
      return { name: 'UnknownError', message: 'IndexedDB failed (injected test fault: ' + S.fault + ')' };
    },
    // A readwrite transaction, or null after arranging onFail(error) (test fault, no database).
    tx: function (stores, onFail) {
      const S = DagdeelStorage;
      let error = null;
      if (S.fault) error = S.faultError();
      else if (!S.db) error = { name: 'UnavailableError', message: 'IndexedDB is not available' };
      else {
        try { return S.db.transaction(stores, 'readwrite'); } catch (e) { error = e; }
      }
      setTimeout(function () { onFail(error); }, 0);
      return null;
    },
    tellOthers: function (message) {
      const S = DagdeelStorage;
      message.tab = S.tabId;
      if (S.channel) S.channel.postMessage(message);
    },
    reportOthers: function () {
      const S = DagdeelStorage;
      const ids = Object.keys(S.others).map(function (k) { return S.others[k]; }).filter(function (id) { return id; });
      S.send('dd_storage_other_tabs', [JSON.stringify(ids)]);
    },

    install: function () {
      const S = DagdeelStorage;
      S.tabId = Math.random().toString(36).slice(2);
      S.loadPromise = new Promise(function (resolve) { S.resolveLoad = resolve; });
      // Persistent storage: asked once; the answer shows in the Storage window.
      if (navigator.storage && navigator.storage.persisted) {
        navigator.storage.persisted().then(function (p) {
          if (p || !navigator.storage.persist) return p;
          return navigator.storage.persist();
        }).then(function (p) { _dd_storage_persisted(p ? 1 : 0); }, function () { _dd_storage_persisted(0); });
      }
      if (typeof BroadcastChannel !== 'undefined') {
        S.channel = new BroadcastChannel('dagdeel');
        S.channel.onmessage = function (ev) {
          const m = ev.data || {};
          if (!m.tab || m.tab === S.tabId) return;
          if (m.type === 'open' || m.type === 'hello') S.others[m.tab] = m.id || '';
          if (m.type === 'bye') delete S.others[m.tab];
          if (m.type === 'hello') S.tellOthers({ type: 'open', id: S.openId });
          if (m.type === 'saved') S.send('dd_storage_remote_saved', [String(m.id), String(m.checksum)]);
          else S.reportOthers();
        };
        S.tellOthers({ type: 'hello', id: '' });
      }
      const flushNow = function () { if (S.loaded) _dd_storage_flush(); };
      window.addEventListener('pagehide', function () { S.tellOthers({ type: 'bye' }); flushNow(); });
      document.addEventListener('visibilitychange', function () { if (document.visibilityState === 'hidden') flushNow(); });
    },

    open: function () {
      const S = DagdeelStorage;
      const done = function (ok, text) { S.loaded = true; S.send('dd_storage_loaded', [ok ? 1 : 0, text]); S.resolveLoad(); };
      let req;
      try {
        if (!window.indexedDB) throw new Error('this browser offers no IndexedDB here');
        req = indexedDB.open('dagdeel', 2);
      } catch (e) { done(false, S.errorJson(e)); return; }
      req.onupgradeneeded = function (ev) {
        const db = req.result;
        if (ev.oldVersion < 1) {
          db.createObjectStore('drafts', { keyPath: 'id' });
          db.createObjectStore('versions', { keyPath: 'key', autoIncrement: true }).createIndex('draft', 'draft');
          db.createObjectStore('bin', { keyPath: 'id' });
          db.createObjectStore('quarantine', { keyPath: 'key', autoIncrement: true });
          db.createObjectStore('meta', { keyPath: 'key' });
        }
        // Version 2: what a save compares, readable without the record.
        if (ev.oldVersion < 2) {
          const drafts = req.transaction.objectStore('drafts');
          drafts.createIndex('head', ['id', 'checksum', 'created']);
          // A record is in that index only with a `created` that is a key:
          // older records without one get their `modified` (or 0), once.
          drafts.openCursor().onsuccess = function (e) {
            const c = e.target.result;
            if (!c) return;
            const r = c.value;
            if (typeof r.created !== 'number' || isNaN(r.created)) { r.created = Number(r.modified) || 0; c.update(r); }
            c.continue();
          };
        }
      };
      req.onerror = function () { done(false, S.errorJson(req.error)); };
      req.onsuccess = function () {
        S.db = req.result;
        S.db.onversionchange = function () { S.db.close(); };
        const out = { drafts: [], bin: [], meta: null };
        const tx = S.db.transaction(['drafts', 'meta', 'bin'], 'readonly');
        tx.objectStore('drafts').getAll().onsuccess = function (e) { out.drafts = e.target.result; };
        tx.objectStore('meta').get('session').onsuccess = function (e) { out.meta = e.target.result ? e.target.result.value : null; };
        tx.objectStore('bin').getAll().onsuccess = function (e) {
          out.bin = e.target.result.map(function (d) { return { id: d.id, title: d.title, modified: d.modified, deleted: d.deleted }; });
        };
        tx.oncomplete = function () { done(true, JSON.stringify(out)); };
        tx.onabort = function () { done(false, S.errorJson(tx.error)); };
      };
    },

    // What is stored for `id`, without its JSON: onHead({checksum, created})
    // or onHead(null), from the key of the "head" index (every record is in
    // it: the upgrade to version 2 gave each a `created`).
    readHead: function (drafts, id, onHead) {
      if (!drafts.indexNames.contains('head')) {  // not upgraded (never expected): the record itself
        drafts.get(id).onsuccess = function (e) {
          const cur = e.target.result;
          onHead(cur ? { checksum: cur.checksum, created: cur.created } : null);
        };
        return;
      }
      drafts.index('head').openKeyCursor(IDBKeyRange.bound([id], [id, []])).onsuccess = function (e) {
        const c = e.target.result;
        onHead(c ? { checksum: c.key[1], created: c.key[2] } : null);
      };
    },

    // One transaction: compare, put the record, its version, drop old versions (storage_port.hpp, PutRequest).
    put: function (head, json) {
      const S = DagdeelStorage;
      const failed = function (e) { S.send('dd_storage_save_failed', [head.id, S.errorJson(e)]); };
      const tx = S.tx(['drafts', 'versions', 'bin'], failed);
      if (!tx) return;
      const rec = { id: head.id, title: head.title, created: head.created, modified: head.modified, json: json, checksum: head.checksum };
      let conflict = null, versionKey = 0;
      const drafts = tx.objectStore('drafts'), versions = tx.objectStore('versions');
      // Everything is asked at once (one round trip to the store, not one
      // per step); the comparison, when its answer comes, aborts the whole
      // transaction on a conflict, which takes back the puts already made.
      S.readHead(drafts, rec.id, function (cur) {
        if (cur && cur.checksum !== head.expected && cur.checksum !== rec.checksum) { conflict = true; tx.abort(); return; }
        if (cur && cur.created && cur.created !== rec.created) { rec.created = cur.created; drafts.put(rec); }
      });
      drafts.put(rec);
      tx.objectStore('bin').delete(rec.id);
      if (head.version) {
        const v = { draft: rec.id, started: head.version.started, time: head.version.time, title: rec.title, json: json, checksum: rec.checksum };
        if (head.version.key > 0) v.key = head.version.key;
        versions.put(v).onsuccess = function (ev) { versionKey = ev.target.result; };
        for (const key of head.drop) versions.delete(key);
      }
      tx.oncomplete = function () {
        S.send('dd_storage_saved', [rec.id, rec.checksum, versionKey]);
        S.tellOthers({ type: 'saved', id: rec.id, checksum: rec.checksum });
      };
      tx.onabort = function () {
        if (!conflict) { failed(tx.error); return; }
        // Only now the other tab's record itself is needed (rare).
        const r = S.db.transaction('drafts').objectStore('drafts').get(rec.id);
        r.onsuccess = function () {
          if (r.result) S.send('dd_storage_save_conflict', [rec.id, JSON.stringify(r.result)]);
          else failed({ name: 'UnknownError', message: 'the stored draft changed while saving' });
        };
        r.onerror = function () { failed(r.error); };
      };
    },
    toBin: function (head, json, deleted) {
      const S = DagdeelStorage;
      const tx = S.tx(['drafts', 'bin'], function (e) { console.warn('Dagdeel: not moved to the bin:', e && e.message); });
      if (!tx) return;
      tx.objectStore('bin').put({ id: head.id, title: head.title, created: head.created, modified: head.modified,
                                  json: json, checksum: head.checksum, deleted: deleted });
      tx.objectStore('drafts').delete(head.id);
    },
    fromBin: function (id) {
      const S = DagdeelStorage;
      const failed = function () { S.send('dd_storage_bin_restored', [id, 0, '']); };
      const tx = S.tx(['drafts', 'bin'], failed);
      if (!tx) return;
      let rec = null;
      tx.objectStore('bin').get(id).onsuccess = function (e) {
        rec = e.target.result;
        if (!rec) return;
        delete rec.deleted;
        tx.objectStore('drafts').put(rec);
        tx.objectStore('bin').delete(id);
      };
      tx.oncomplete = function () { if (rec) S.send('dd_storage_bin_restored', [id, 1, JSON.stringify(rec)]); else failed(); };
      tx.onabort = failed;
    },
    // Deleted for good: bin records and every version of them.
    purgeBin: function (ids) {
      const S = DagdeelStorage;
      const tx = S.tx(['bin', 'versions'], function () {});
      if (!tx) return;
      const index = tx.objectStore('versions').index('draft');
      for (const id of ids) {
        tx.objectStore('bin').delete(id);
        index.openCursor(IDBKeyRange.only(id)).onsuccess = function (ev) {
          const c = ev.target.result;
          if (c) { c.delete(); c.continue(); }
        };
      }
    },
    listBin: function () {
      const S = DagdeelStorage;
      if (!S.db) return;
      const r = S.db.transaction('bin').objectStore('bin').getAll();
      r.onsuccess = function () {
        S.send('dd_storage_bin_listed', [JSON.stringify(r.result.map(function (d) {
          return { id: d.id, title: d.title, modified: d.modified, deleted: d.deleted };
        }))]);
      };
    },
    listVersions: function (id, token, withContent) {
      const S = DagdeelStorage;
      const reply = function (ok, list) { S.send('dd_storage_versions', [token, id, ok ? 1 : 0, JSON.stringify(list)]); };
      if (!S.db) { setTimeout(function () { reply(false, []); }, 0); return; }
      const r = S.db.transaction('versions').objectStore('versions').index('draft').getAll(IDBKeyRange.only(id));
      r.onsuccess = function () {
        reply(true, withContent ? r.result : r.result.map(function (v) {
          return { key: v.key, started: v.started, time: v.time, title: v.title, checksum: v.checksum };
        }));
      };
      r.onerror = function () { reply(false, []); };
    },
    quarantine: function (id) {
      const S = DagdeelStorage;
      const failed = function () { S.send('dd_storage_quarantined', [id, 0]); };
      const tx = S.tx(['drafts', 'quarantine'], failed);
      if (!tx) return;
      tx.objectStore('drafts').get(id).onsuccess = function (e) {
        const rec = e.target.result;
        if (!rec) return;
        tx.objectStore('quarantine').add({ draftId: id, time: Date.now(), record: rec });
        tx.objectStore('drafts').delete(id);
      };
      tx.oncomplete = function () { S.send('dd_storage_quarantined', [id, 1]); };
      tx.onabort = failed;
    },
    get: function (id) {
      const S = DagdeelStorage;
      if (!S.db) return;
      const r = S.db.transaction('drafts').objectStore('drafts').get(id);
      r.onsuccess = function () { S.send('dd_storage_record', [id, r.result ? 1 : 0, r.result ? JSON.stringify(r.result) : '']); };
    },
    putSession: function (value) {
      const S = DagdeelStorage;
      if (!S.db || S.fault) return;
      try { S.db.transaction('meta', 'readwrite').objectStore('meta').put({ key: 'session', value: value }); } catch (e) {}
    },

    // For window.planner (web/shell.js).
    drafts: function () {
      const S = DagdeelStorage;
      return S.loadPromise.then(function () {
        if (!S.db) throw new Error('IndexedDB is not available');
        return new Promise(function (ok, bad) {
          const r = S.db.transaction('drafts').objectStore('drafts').getAll();
          r.onsuccess = function () { ok(r.result.map(function (d) { return { id: d.id, title: d.title, modified: d.modified }; })); };
          r.onerror = function () { bad(r.error); };
        });
      });
    },
    flush: function () {
      const S = DagdeelStorage;
      return new Promise(function (ok, bad) {
        S.flushWaiters.push({ ok: ok, bad: bad });
        _dd_storage_flush();
      });
    },
    setFault: function (kind) { DagdeelStorage.fault = String(kind || ''); },
  },

  // --- called from C++ (src/platform/web_storage.cpp) -----------------------------
  dd_js_storage_install__deps: ['$DagdeelStorage'],
  dd_js_storage_install: function () {
    DagdeelStorage.install();
    Module['dagdeelStorage'] = DagdeelStorage;
  },
  dd_js_storage_open__deps: ['$DagdeelStorage'],
  dd_js_storage_open: function () { DagdeelStorage.open(); },
  dd_js_storage_put__deps: ['$DagdeelStorage'],
  // The JSON comes with its length: decoded in one native call, without
  // UTF8ToString's JavaScript scan for the terminating zero (a congress's
  // plan is megabytes, and this runs in the task that saves it).
  dd_js_storage_put: function (header, json, length) {
    const text = new TextDecoder().decode(HEAPU8.subarray(json, json + length));
    DagdeelStorage.put(JSON.parse(UTF8ToString(header)), text);
  },
  dd_js_storage_to_bin__deps: ['$DagdeelStorage'],
  dd_js_storage_to_bin: function (header, json, deleted) {
    DagdeelStorage.toBin(JSON.parse(UTF8ToString(header)), UTF8ToString(json), deleted);
  },
  dd_js_storage_from_bin__deps: ['$DagdeelStorage'],
  dd_js_storage_from_bin: function (id) { DagdeelStorage.fromBin(UTF8ToString(id)); },
  dd_js_storage_purge_bin__deps: ['$DagdeelStorage'],
  dd_js_storage_purge_bin: function (ids) { DagdeelStorage.purgeBin(JSON.parse(UTF8ToString(ids))); },
  dd_js_storage_list_bin__deps: ['$DagdeelStorage'],
  dd_js_storage_list_bin: function () { DagdeelStorage.listBin(); },
  dd_js_storage_list_versions__deps: ['$DagdeelStorage'],
  dd_js_storage_list_versions: function (id, token, withContent) {
    DagdeelStorage.listVersions(UTF8ToString(id), token, !!withContent);
  },
  dd_js_storage_quarantine__deps: ['$DagdeelStorage'],
  dd_js_storage_quarantine: function (id) { DagdeelStorage.quarantine(UTF8ToString(id)); },
  dd_js_storage_get__deps: ['$DagdeelStorage'],
  dd_js_storage_get: function (id) { DagdeelStorage.get(UTF8ToString(id)); },
  dd_js_storage_put_session__deps: ['$DagdeelStorage'],
  dd_js_storage_put_session: function (json) { DagdeelStorage.putSession(JSON.parse(UTF8ToString(json))); },
  dd_js_storage_announce__deps: ['$DagdeelStorage'],
  dd_js_storage_announce: function (id) {
    DagdeelStorage.openId = UTF8ToString(id);
    DagdeelStorage.tellOthers({ type: 'open', id: DagdeelStorage.openId });
  },
  dd_js_storage_schedule_tick: function (ms) { setTimeout(function () { _dd_storage_tick(); }, ms); },
  dd_js_storage_flush_done__deps: ['$DagdeelStorage'],
  dd_js_storage_flush_done: function (ok, error) {
    const waiters = DagdeelStorage.flushWaiters;
    DagdeelStorage.flushWaiters = [];
    const message = UTF8ToString(error);
    for (const w of waiters) { if (ok) w.ok(true); else w.bad(new Error(message)); }
  },
});
