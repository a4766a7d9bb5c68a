// IndexedDB storage for drafts (see web_storage.hpp). The JavaScript is one
// object, Module.dagdeelStorage, made by js_storage_install; the small EM_JS
// wrappers below call its methods. Results go back to C++ through the
// exported dd_storage_event. Note: EM_JS bodies become one line, so every
// statement ends with a semicolon.
#include "platform/web_storage.hpp"

#include <emscripten/emscripten.h>

#include <utility>

namespace dagdeel::platform {
namespace {

std::function<void(const StorageEvent&)> g_handler;

EM_JS(void, js_storage_install, (int max_versions, double bin_days), {
    const S = Module.dagdeelStorage = {
        db: null, fault: "", testInterval: null, loaded: false, flushWaiters: [],
        tabId: Math.random().toString(36).slice(2), others: {}, openId: "", channel: null,
    };
    let resolveLoad;
    S.loadPromise = new Promise(function (r) { resolveLoad = r; });
    const emit = function (kind, ok, id, text) {
        const put = function (s) {
            const n = lengthBytesUTF8(s) + 1; const p = _malloc(n); stringToUTF8(s, p, n); return p;
        };
        const pi = put(String(id || "")); const pt = put(String(text || ""));
        try { Module['_dd_storage_event'](kind, ok ? 1 : 0, pi, pt); } finally { _free(pi); _free(pt); }
    };
    S.emit = emit;
    const errText = function (e) {
        if (!e) return 'unknown error';
        return (e.name ? e.name + ': ' : "") + (e.message || String(e));
    };
    const fail = function (kind, id, e) { emit(kind, false, id, JSON.stringify({ error: errText(e), name: (e && e.name) || "" })); };
    S.faultError = function () {
        if (S.fault === 'quota') return { name: 'QuotaExceededError', message: 'The quota has been exceeded (injected test fault)' };
        return { name: 'UnknownError', message: 'IndexedDB failed (injected test fault: ' + S.fault + ')' };
    };

    /* Persistent storage: asked once; the answer shows in the Storage popup. */
    if (navigator.storage && navigator.storage.persisted) {
        navigator.storage.persisted().then(function (p) {
            if (p || !navigator.storage.persist) return p;
            return navigator.storage.persist();
        }).then(function (p) { emit(9, !!p, "", ""); }).catch(function () { emit(9, false, "", ""); });
    }

    /* Other tabs: who has which draft open, and who saved what. */
    if (typeof BroadcastChannel !== 'undefined') {
        S.channel = new BroadcastChannel('dagdeel');
        S.channel.onmessage = function (ev) {
            const m = ev.data || {};
            if (!m.tab || m.tab === S.tabId) return;
            if (m.type === 'open' || m.type === 'hello') S.others[m.tab] = m.id || "";
            if (m.type === 'bye') delete S.others[m.tab];
            if (m.type === 'hello') S.channel.postMessage({ type: 'open', tab: S.tabId, id: S.openId });
            if (m.type === 'saved') emit(5, true, m.id, JSON.stringify({ checksum: m.checksum }));
        };
        S.channel.postMessage({ type: 'hello', tab: S.tabId, id: "" });
    }
    const flushNow = function () { if (S.loaded) Module['_dd_storage_flush'](); };
    window.addEventListener('pagehide', function () {
        if (S.channel) S.channel.postMessage({ type: 'bye', tab: S.tabId });
        flushNow();
    });
    document.addEventListener('visibilitychange', function () { if (document.visibilityState === 'hidden') flushNow(); });

    /* The scripting API (documented in README.md). */
    const P = window.planner || (window.planner = {});
    P.drafts = async function () {
        await S.loadPromise;
        if (!S.db) throw new Error('IndexedDB is not available');
        return new Promise(function (ok, bad) {
            const r = S.db.transaction('drafts').objectStore('drafts').getAll();
            r.onsuccess = function () {
                ok(r.result.map(function (d) { return { id: d.id, title: d.title, modified: d.modified }; }));
            };
            r.onerror = function () { bad(r.error); };
        });
    };
    P.flush = async function () {
        await S.loadPromise;
        return new Promise(function (ok, bad) {
            S.flushWaiters.push({ ok: ok, bad: bad });
            Module['_dd_storage_flush']();
        });
    };
    /* Test-only hooks: make every write fail ("quota" or "unavailable"; "" heals), space versions. */
    P._testFailStorage = function (kind) { S.fault = String(kind || ""); };
    P._testVersionIntervalMs = function (ms) { S.testInterval = ms; };

    let req;
    try {
        if (!window.indexedDB) throw new Error('this browser offers no IndexedDB here');
        req = indexedDB.open('dagdeel', 1);
    } catch (e) {
        S.loaded = true; fail(0, "", e); resolveLoad(); return;
    }
    req.onupgradeneeded = function () {
        const db = req.result;
        db.createObjectStore('drafts', { keyPath: 'id' });
        db.createObjectStore('versions', { keyPath: 'key', autoIncrement: true }).createIndex('draft', 'draft');
        db.createObjectStore('bin', { keyPath: 'id' });
        db.createObjectStore('quarantine', { keyPath: 'key', autoIncrement: true });
        db.createObjectStore('meta', { keyPath: 'key' });
    };
    req.onerror = function () { S.loaded = true; fail(0, "", req.error); resolveLoad(); };
    req.onsuccess = function () {
        S.db = req.result;
        S.db.onversionchange = function () { S.db.close(); };
        const out = { drafts: [], meta: null };
        const tx = S.db.transaction(['drafts', 'meta', 'bin', 'versions'], 'readwrite');
        tx.objectStore('drafts').getAll().onsuccess = function (e) { out.drafts = e.target.result; };
        tx.objectStore('meta').get('session').onsuccess = function (e) { out.meta = e.target.result ? e.target.result.value : null; };
        const limit = Date.now() - bin_days * 86400000;
        const versions = tx.objectStore('versions').index('draft');
        tx.objectStore('bin').openCursor().onsuccess = function (e) {
            const c = e.target.result;
            if (!c) return;
            if (c.value.deleted < limit) {
                const id = c.value.id;
                c.delete();
                versions.openCursor(IDBKeyRange.only(id)).onsuccess = function (ev) {
                    const vc = ev.target.result; if (vc) { vc.delete(); vc.continue(); }
                };
            }
            c.continue();
        };
        tx.oncomplete = function () { S.loaded = true; emit(0, true, "", JSON.stringify(out)); resolveLoad(); };
        tx.onabort = function () { S.loaded = true; fail(0, "", tx.error); resolveLoad(); };
    };

    S.tx = function (stores, kind, id) {
        if (S.fault) { const e = S.faultError(); setTimeout(function () { fail(kind, id, e); }, 0); return null; }
        if (!S.db) { setTimeout(function () { fail(kind, id, { name: 'UnavailableError', message: 'IndexedDB is not available' }); }, 0); return null; }
        try { return S.db.transaction(stores, 'readwrite'); } catch (e) { setTimeout(function () { fail(kind, id, e); }, 0); return null; }
    };

    S.put = function (rec, expected, interval, newVersion) {
        const tx = S.tx(['drafts', 'versions', 'bin'], 1, rec.id);
        if (!tx) return;
        if (S.testInterval !== null) interval = S.testInterval;
        let conflict = null;
        const drafts = tx.objectStore('drafts'), versions = tx.objectStore('versions');
        drafts.get(rec.id).onsuccess = function (e) {
            const cur = e.target.result;
            if (cur && cur.checksum !== expected && cur.checksum !== rec.checksum) { conflict = cur; tx.abort(); return; }
            if (cur && cur.created) rec.created = cur.created;
            drafts.put(rec);
            tx.objectStore('bin').delete(rec.id);
            const now = Date.now();
            const index = versions.index('draft');
            index.openCursor(IDBKeyRange.only(rec.id), 'prev').onsuccess = function (ev) {
                const c = ev.target.result;
                const v = { draft: rec.id, started: now, time: now, title: rec.title, json: rec.json, checksum: rec.checksum };
                if (c && c.value.checksum === rec.checksum) return;
                if (c && !newVersion && now - c.value.started < interval) { v.key = c.value.key; v.started = c.value.started; }
                versions.put(v).onsuccess = function () {
                    index.count(IDBKeyRange.only(rec.id)).onsuccess = function (ce) {
                        let extra = ce.target.result - max_versions;
                        if (extra <= 0) return;
                        index.openCursor(IDBKeyRange.only(rec.id)).onsuccess = function (de) {
                            const dc = de.target.result;
                            if (!dc || extra <= 0) return;
                            dc.delete(); extra--; dc.continue();
                        };
                    };
                };
            };
        };
        tx.oncomplete = function () {
            emit(1, true, rec.id, JSON.stringify({ checksum: rec.checksum }));
            if (S.channel) S.channel.postMessage({ type: 'saved', tab: S.tabId, id: rec.id, checksum: rec.checksum });
        };
        tx.onabort = function () {
            if (conflict) emit(1, false, rec.id, JSON.stringify({ conflict: true, record: conflict }));
            else fail(1, rec.id, tx.error);
        };
    };
    S.toBin = function (rec) {
        const tx = S.tx(['drafts', 'bin'], 3, rec.id);
        if (!tx) return;
        rec.deleted = Date.now();
        tx.objectStore('bin').put(rec);
        tx.objectStore('drafts').delete(rec.id);
    };
    S.fromBin = function (id) {
        const tx = S.tx(['drafts', 'bin'], 10, id);
        if (!tx) return;
        let rec = null;
        tx.objectStore('bin').get(id).onsuccess = function (e) {
            rec = e.target.result;
            if (!rec) return;
            delete rec.deleted;
            tx.objectStore('drafts').put(rec);
            tx.objectStore('bin').delete(id);
        };
        tx.oncomplete = function () { if (rec) emit(10, true, id, JSON.stringify(rec)); else fail(10, id, { message: 'not in the bin' }); };
        tx.onabort = function () { fail(10, id, tx.error); };
    };
    S.listBin = function () {
        if (!S.db) return;
        const r = S.db.transaction('bin').objectStore('bin').getAll();
        r.onsuccess = function () {
            emit(3, true, "", JSON.stringify(r.result.map(function (d) {
                return { id: d.id, title: d.title, modified: d.modified, deleted: d.deleted };
            })));
        };
    };
    S.listVersions = function (id, purpose) {
        if (!S.db) { emit(2, false, id, JSON.stringify({ purpose: purpose, versions: [] })); return; }
        const r = S.db.transaction('versions').objectStore('versions').index('draft').getAll(IDBKeyRange.only(id));
        r.onsuccess = function () { emit(2, true, id, JSON.stringify({ purpose: purpose, versions: r.result })); };
        r.onerror = function () { emit(2, false, id, JSON.stringify({ purpose: purpose, versions: [] })); };
    };
    S.quarantine = function (id) {
        const tx = S.tx(['drafts', 'quarantine'], 11, id);
        if (!tx) { S.listVersions(id, 'recover'); return; }
        tx.objectStore('drafts').get(id).onsuccess = function (e) {
            const rec = e.target.result;
            if (!rec) return;
            tx.objectStore('quarantine').add({ draftId: id, time: Date.now(), record: rec });
            tx.objectStore('drafts').delete(id);
        };
        tx.oncomplete = function () { emit(11, true, id, ""); S.listVersions(id, 'recover'); };
        tx.onabort = function () { fail(11, id, tx.error); S.listVersions(id, 'recover'); };
    };
    S.get = function (id) {
        if (!S.db) return;
        const r = S.db.transaction('drafts').objectStore('drafts').get(id);
        r.onsuccess = function () { emit(4, !!r.result, id, r.result ? JSON.stringify(r.result) : ""); };
    };
    S.putMeta = function (value) {
        if (!S.db || S.fault) return;
        try { S.db.transaction('meta', 'readwrite').objectStore('meta').put({ key: 'session', value: value }); } catch (e) {}
    };
});

EM_JS(void, js_storage_put, (const char* id, const char* title, const char* json, const char* checksum, double created,
                             double modified, const char* expected, double interval, int new_version), {
    Module.dagdeelStorage.put({ id: UTF8ToString(id), title: UTF8ToString(title), created: created, modified: modified,
                                json: UTF8ToString(json), checksum: UTF8ToString(checksum) },
                              UTF8ToString(expected), interval, !!new_version);
});

EM_JS(void, js_storage_to_bin, (const char* id, const char* title, const char* json, const char* checksum, double created,
                                double modified), {
    Module.dagdeelStorage.toBin({ id: UTF8ToString(id), title: UTF8ToString(title), created: created, modified: modified,
                                  json: UTF8ToString(json), checksum: UTF8ToString(checksum) });
});

EM_JS(void, js_storage_call, (const char* method, const char* a, const char* b), {
    const S = Module.dagdeelStorage;
    const m = UTF8ToString(method);
    const x = UTF8ToString(a), y = UTF8ToString(b);
    if (m === 'fromBin') S.fromBin(x);
    else if (m === 'listBin') S.listBin();
    else if (m === 'listVersions') S.listVersions(x, y);
    else if (m === 'quarantine') S.quarantine(x);
    else if (m === 'get') S.get(x);
    else if (m === 'putMeta') S.putMeta(JSON.parse(x));
    else if (m === 'announce') {
        S.openId = x;
        if (S.channel) S.channel.postMessage({ type: 'open', tab: S.tabId, id: x });
    }
});

EM_JS(int, js_storage_open_elsewhere, (const char* id), {
    const S = Module.dagdeelStorage;
    const x = UTF8ToString(id);
    for (const k in S.others) if (S.others[k] === x) return 1;
    return 0;
});

EM_JS(void, js_storage_schedule_tick, (double ms), {
    setTimeout(function () { Module['_dd_storage_tick'](); }, ms);
});

EM_JS(void, js_storage_flush_done, (int ok, const char* error), {
    const S = Module.dagdeelStorage;
    const w = S.flushWaiters; S.flushWaiters = [];
    const e = UTF8ToString(error);
    for (const f of w) { if (ok) f.ok(true); else f.bad(new Error(e)); }
});

EM_JS(void, js_storage_pick_file, (), {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = '.json,application/json';
    input.style.display = 'none';
    input.addEventListener('change', function () {
        const f = input.files && input.files[0];
        input.remove();
        if (!f) return;
        f.text().then(function (t) { Module.dagdeelStorage.emit(6, true, f.name, t); },
                      function (e) { Module.dagdeelStorage.emit(6, false, f.name, String(e)); });
    });
    document.body.appendChild(input);
    input.click();
});

EM_JS(void, js_storage_download, (const char* name, const char* mime, const char* text), {
    const blob = new Blob([UTF8ToString(text)], { type: UTF8ToString(mime) });
    const a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = UTF8ToString(name);
    a.style.display = 'none';
    document.body.appendChild(a);
    a.click();
    setTimeout(function () { URL.revokeObjectURL(a.href); a.remove(); }, 1000);
});

void call(const char* method, const std::string& a = {}, const std::string& b = {}) {
    js_storage_call(method, a.c_str(), b.c_str());
}

}  // namespace

void storage_install(std::function<void(const StorageEvent&)> handler) {
    g_handler = std::move(handler);
    js_storage_install(kMaxVersions, kBinDays);
}
void storage_put(const StorageRecord& r, const std::string& expected, double interval_ms, bool new_version) {
    js_storage_put(r.id.c_str(), r.title.c_str(), r.json.c_str(), r.checksum.c_str(), r.created, r.modified,
                   expected.c_str(), interval_ms, new_version ? 1 : 0);
}
void storage_move_to_bin(const StorageRecord& r) {
    js_storage_to_bin(r.id.c_str(), r.title.c_str(), r.json.c_str(), r.checksum.c_str(), r.created, r.modified);
}
void storage_restore_from_bin(const std::string& id) { call("fromBin", id); }
void storage_list_bin() { call("listBin"); }
void storage_list_versions(const std::string& id, const char* purpose) { call("listVersions", id, purpose); }
void storage_quarantine(const std::string& id) { call("quarantine", id); }
void storage_get(const std::string& id) { call("get", id); }
void storage_put_meta(const std::string& json) { call("putMeta", json); }
void storage_announce_open(const std::string& id) { call("announce", id); }
bool storage_open_elsewhere(const std::string& id) { return js_storage_open_elsewhere(id.c_str()) != 0; }
void storage_schedule_tick(double ms) { js_storage_schedule_tick(ms); }
void storage_flush_done(bool ok, const std::string& error) { js_storage_flush_done(ok ? 1 : 0, error.c_str()); }
void storage_pick_file() { js_storage_pick_file(); }
void storage_download(const std::string& name, const std::string& mime, const std::string& text) {
    js_storage_download(name.c_str(), mime.c_str(), text.c_str());
}

}  // namespace dagdeel::platform

// Called from the JavaScript above; nothing may throw out of here.
extern "C" {
EMSCRIPTEN_KEEPALIVE void dd_storage_event(int kind, int ok, const char* id, const char* text) {
    if (!dagdeel::platform::g_handler) return;
    try {
        dagdeel::platform::g_handler({(dagdeel::platform::StorageEventKind)kind, ok != 0, id ? id : "", text ? text : ""});
    } catch (...) {
    }
}
EMSCRIPTEN_KEEPALIVE void dd_storage_flush() { dd_storage_event((int)dagdeel::platform::StorageEventKind::flush, 1, "", ""); }
EMSCRIPTEN_KEEPALIVE void dd_storage_tick() { dd_storage_event((int)dagdeel::platform::StorageEventKind::tick, 1, "", ""); }
}
