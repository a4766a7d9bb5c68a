// Files in the browser: downloads (Blob + <a download>), imports from a file
// picker or a file dropped onto the page (FileReader with progress events, a
// size limit, UTF-8 decoding that never fails), and share links: the plan's
// JSON deflated into the URL fragment. Nothing is sent anywhere: the fragment
// never leaves the browser.
//
// The page works asynchronously; results come back through dd_files_event()
// into a queue that the UI empties once per frame (take_file_events).
// Module.dagdeelFiles holds the JS half so web/shell.js can offer
// planner.shareLink() and planner.openShareLink() on the same code.
#include <emscripten/emscripten.h>

#include <string>
#include <vector>

#include "platform/platform.hpp"

namespace dagdeel::platform {
namespace {

std::vector<FileEvent> g_events;
bool g_installed = false;

EM_JS(void, js_install_files, (double max_file_bytes, double max_plan_bytes, int max_link_chars), {
    if (Module.dagdeelFiles) return;
    // Sends one event to C++: text as UTF-8 bytes with a length (NUL bytes survive).
    const send = (kind, name, text, loaded, total) => {
        const n = lengthBytesUTF8(name) + 1;
        const namePtr = _malloc(n);
        stringToUTF8(name, namePtr, n);
        const max = lengthBytesUTF8(text) + 1;
        const textPtr = _malloc(max);
        const written = new TextEncoder().encodeInto(text, HEAPU8.subarray(textPtr, textPtr + max)).written;
        try {
            Module['_dd_files_event'](kind, namePtr, textPtr, written, loaded || 0, total || 0);
        } finally {
            _free(textPtr);
            _free(namePtr);
        }
    };
    const fail = (code, message, value, limit) => {
        const e = new Error(message);
        e.code = code; e.value = value || 0; e.limit = limit || 0;
        return e;
    };

    // --- import: one file, read as bytes with progress, decoded as UTF-8 ---
    const readFile = (file) => {
        const name = String(file.name || 'file');
        if (file.size > max_file_bytes) { send(2, name, 'too-large', file.size, max_file_bytes); return; }
        const reader = new FileReader();
        reader.onprogress = (e) => send(0, name, "", e.loaded, e.lengthComputable ? e.total : file.size);
        reader.onerror = () => send(2, name, 'read-failed:' + (reader.error ? reader.error.message : ""), 0, 0);
        reader.onload = () => {
            const text = new TextDecoder('utf-8', {fatal: false}).decode(reader.result);
            send(1, name, text, file.size, file.size);
        };
        send(0, name, "", 0, file.size);
        reader.readAsArrayBuffer(file);
    };
    const readFiles = (files) => { for (const f of Array.from(files || []).slice(0, 20)) readFile(f); };

    const pick = () => {
        const input = document.createElement('input');
        input.type = 'file';
        input.multiple = true;
        input.accept = '.json,.ics,.ical,.ifb,.xml,.txt,.md,.markdown,.html,.htm,application/json,text/calendar,application/xml,text/xml,text/plain,text/markdown,text/html';
        input.style.display = 'none';
        input.addEventListener('change', () => { readFiles(input.files); input.remove(); });
        input.addEventListener('cancel', () => input.remove());
        document.body.appendChild(input);
        input.click();
    };

    // --- drop a file anywhere on the page -----------------------------------
    const carriesFiles = (e) => e.dataTransfer && Array.from(e.dataTransfer.types || []).includes('Files');
    window.addEventListener('dragover', (e) => {
        if (!carriesFiles(e)) return;
        e.preventDefault();
        e.dataTransfer.dropEffect = 'copy';
    });
    window.addEventListener('drop', (e) => {
        if (!e.dataTransfer || !e.dataTransfer.files || !e.dataTransfer.files.length) return;
        e.preventDefault();
        readFiles(e.dataTransfer.files);
    });

    // --- share links: "#plan=" + base64url(deflate-raw(UTF-8 JSON)) ----------
    const toBase64Url = (bytes) => {
        let bin = "";
        for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode.apply(null, bytes.subarray(i, i + 0x8000));
        return btoa(bin).replace(/[+]/g, '-').split('/').join('_').replace(/=+$/, "");
    };
    const makeLink = async (json) => {
        if (typeof CompressionStream === 'undefined') throw fail('no-compression', 'this browser cannot compress (no CompressionStream)');
        const stream = new Blob([new TextEncoder().encode(String(json))]).stream()
            .pipeThrough(new CompressionStream('deflate-raw'));
        const bytes = new Uint8Array(await new Response(stream).arrayBuffer());
        const base = location.href.split('#')[0];
        const length = base.length + 6 + Math.ceil(bytes.length * 4 / 3);
        if (length > max_link_chars) {
            throw fail('link-too-long', 'the plan is too large for a link (' + length + ' characters, at most ' +
                       max_link_chars + '); export a file instead', length, max_link_chars);
        }
        return base + '#plan=' + toBase64Url(bytes);
    };
    const fragmentOf = (url) => { const i = String(url).indexOf('#'); return i < 0 ? "" : String(url).slice(i); };
    const planParameter = (fragment) => {
        const m = /^#(?:.*&)?plan=([^&]*)/.exec(String(fragment));
        return m ? m[1] : null;
    };
    // Bounded: reads the decompressed stream in chunks and stops past the limit,
    // so a link that inflates to gigabytes ends with a message, not a dead tab.
    const decodeLink = async (fragment) => {
        let b64 = planParameter(fragment);
        if (b64 === null) throw fail('link-base64', 'the link holds no plan');
        try { b64 = decodeURIComponent(b64); } catch (e) { throw fail('link-base64', 'the link is not valid base64url'); }
        if (!/^[A-Za-z0-9_-]*$/.test(b64) || b64.length % 4 === 1 || b64.length === 0) {
            throw fail('link-base64', 'the link is not valid base64url');
        }
        b64 = b64.replace(/-/g, '+').split('_').join('/');
        while (b64.length % 4) b64 += '=';
        let bin;
        try { bin = atob(b64); } catch (e) { throw fail('link-base64', 'the link is not valid base64url'); }
        const bytes = new Uint8Array(bin.length);
        for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
        if (typeof DecompressionStream === 'undefined') throw fail('no-compression', 'this browser cannot decompress (no DecompressionStream)');
        const reader = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('deflate-raw')).getReader();
        const chunks = [];
        let total = 0;
        for (;;) {
            let step;
            try { step = await reader.read(); } catch (e) { throw fail('link-deflate', 'the link is damaged (not a compressed plan)'); }
            if (step.done) break;
            total += step.value.length;
            if (total > max_plan_bytes) {
                reader.cancel().catch(() => {});
                throw fail('link-bomb', 'the link decompresses to more than ' + Math.round(max_plan_bytes / 1048576) +
                           ' MB; it was not opened', total, max_plan_bytes);
            }
            chunks.push(step.value);
        }
        const all = new Uint8Array(total);
        let at = 0;
        for (const c of chunks) { all.set(c, at); at += c.length; }
        return new TextDecoder('utf-8', {fatal: false}).decode(all);
    };
    const sendError = (e) => send(6, "", String(e && e.code ? e.code : 'link-deflate'), e && e.value, e && e.limit);
    // A fragment with a plan: the app asks before opening it.
    const offer = (url) => {
        const fragment = fragmentOf(url);
        if (planParameter(fragment) === null) return false;
        send(3, "", fragment, 0, 0);
        return true;
    };
    window.addEventListener('hashchange', () => offer(location.href));

    Module.dagdeelFiles = {
        pick, readFiles, makeLink, decodeLink, offer,
        make: (json) => makeLink(json).then((link) => send(5, "", link, link.length, max_link_chars), sendError),
        open: (fragment) => decodeLink(fragment).then((text) => send(4, "", text, text.length, 0), sendError),
        clearFragment: () => {
            if (planParameter(location.hash) === null) return;
            history.replaceState(history.state, "", location.pathname + location.search);
        },
    };
    offer(location.href);
});

EM_JS(void, js_download, (const char* name, const char* mime, const char* data, int length), {
    const bytes = HEAPU8.slice(data, data + length);
    const type = UTF8ToString(mime);
    const blob = new Blob([bytes], {type: type.startsWith('text/') || type.endsWith('json') || type.endsWith('xml')
                                          ? type + ';charset=utf-8' : type});
    const a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = UTF8ToString(name);
    a.style.display = 'none';
    document.body.appendChild(a);
    a.click();
    setTimeout(() => { URL.revokeObjectURL(a.href); a.remove(); }, 60000);
});

EM_JS(void, js_open_file_picker, (), { Module.dagdeelFiles.pick(); });
EM_JS(void, js_make_share_link, (const char* json), { Module.dagdeelFiles.make(UTF8ToString(json)); });
EM_JS(void, js_open_share_link, (const char* fragment), { Module.dagdeelFiles.open(UTF8ToString(fragment)); });
EM_JS(void, js_clear_share_fragment, (), { Module.dagdeelFiles.clearFragment(); });

}  // namespace

void install_file_handlers() {
    if (g_installed) return;
    g_installed = true;
    js_install_files(kMaxImportBytes, kMaxShareLinkPlanBytes, kMaxShareLinkChars);
}

std::vector<FileEvent> take_file_events() {
    std::vector<FileEvent> out;
    out.swap(g_events);
    return out;
}

void download_file(const std::string& name, const std::string& mime_type, const std::string& content) {
    js_download(name.c_str(), mime_type.c_str(), content.data(), (int)content.size());
}

void open_file_picker() { js_open_file_picker(); }
void make_share_link(const std::string& json) { js_make_share_link(json.c_str()); }
void open_share_link(const std::string& fragment) { js_open_share_link(fragment.c_str()); }
void clear_share_fragment() { js_clear_share_fragment(); }

}  // namespace dagdeel::platform

extern "C" EMSCRIPTEN_KEEPALIVE void dd_files_event(int kind, const char* name, const char* text, int length,
                                                   double loaded, double total) {
    using namespace dagdeel::platform;
    FileEvent e;
    e.kind = (FileEventKind)kind;
    e.name = name ? name : "";
    if (text && length > 0) e.text.assign(text, (std::size_t)length);
    e.loaded = loaded;
    e.total = total;
    // Progress events replace the previous one of the same file.
    if (e.kind == FileEventKind::progress && !g_events.empty() && g_events.back().kind == FileEventKind::progress &&
        g_events.back().name == e.name)
        g_events.back() = std::move(e);
    else
        g_events.push_back(std::move(e));
    request_frames(3);
}
