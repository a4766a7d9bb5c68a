// Emscripten --js-library: DOM input for the ImGui canvas, and the canvas
// itself (size, backing store, cursor). Events go to named C functions in
// src/platform/web_input.cpp (_dd_mouse_move, _dd_key, _dd_paste, ...).
//
// Why a hidden textarea: characters typed with dead keys (´ + e = é), IMEs and
// automation tools arrive as `input`/`composition` events on an editable
// element, never as keypresses on a canvas. Keeping the textarea focused also
// gives us real `copy` and `paste` events, the only clipboard path that works
// without permission prompts.
mergeInto(LibraryManager.library, {
  $DagdeelInput__deps: ['$DagdeelStrings'],
  $DagdeelInput: {
    canvas: function () { return Module.canvas || document.getElementById('canvas'); },
    // Sends a key with its modifiers as four flags.
    key: function (code, down, e) {
      DagdeelStrings.withUTF8([code], function (p) {
        _dd_key(p, down, e.ctrlKey ? 1 : 0, e.shiftKey ? 1 : 0, e.altKey ? 1 : 0, e.metaKey ? 1 : 0);
      });
    },
    text: function (fn, s) { DagdeelStrings.withUTF8([s], function (p) { fn(p); }); },

    install: function (canvas) {
      const I = DagdeelInput;
      const ta = document.createElement('textarea');
      ta.id = 'dagdeel-keyboard-sink';
      ta.setAttribute('aria-hidden', 'true');
      ta.setAttribute('autocomplete', 'off');
      ta.setAttribute('autocorrect', 'off');
      ta.setAttribute('autocapitalize', 'off');
      ta.setAttribute('spellcheck', 'false');
      ta.style.cssText = 'position:fixed;left:0;top:0;width:1px;height:1px;opacity:0;' +
                         'border:0;padding:0;resize:none;overflow:hidden;pointer-events:none;';
      document.body.appendChild(ta);
      const focusSink = function () { if (document.activeElement !== ta) ta.focus({ preventScroll: true }); };
      focusSink();
      Module['dagdeelFocusInput'] = focusSink;
      I.installPointer(canvas, focusSink);
      I.installKeys(ta);
      I.installClipboard(ta);
      window.addEventListener('blur', function () { _dd_focus(0); });
      window.addEventListener('focus', function () { _dd_focus(1); focusSink(); });
      ta.addEventListener('blur', function () {
        setTimeout(function () {
          // Give focus back unless the user moved it to a real page element.
          const a = document.activeElement;
          if (!a || a === document.body || a === canvas) focusSink();
        }, 0);
      });
      // Size: CSS size changes and devicePixelRatio changes (zoom, other screen).
      window.addEventListener('resize', function () { _dd_resize(); });
      const watchRatio = function () {
        matchMedia('(resolution: ' + devicePixelRatio + 'dppx)')
          .addEventListener('change', function () { _dd_resize(); watchRatio(); }, { once: true });
      };
      watchRatio();
    },

    // Pointer: listen on window so a drag continues outside the canvas.
    installPointer: function (canvas, focusSink) {
      const pos = function (e) { const r = canvas.getBoundingClientRect(); return [e.clientX - r.left, e.clientY - r.top]; };
      window.addEventListener('pointermove', function (e) { const p = pos(e); _dd_mouse_move(p[0], p[1]); });
      canvas.addEventListener('pointerdown', function (e) {
        const p = pos(e);
        _dd_mouse_move(p[0], p[1]);
        _dd_mouse_button(e.button, 1);
        e.preventDefault();
        focusSink();
      });
      window.addEventListener('pointerup', function (e) { const p = pos(e); _dd_mouse_move(p[0], p[1]); _dd_mouse_button(e.button, 0); });
      canvas.addEventListener('pointerleave', function () { _dd_mouse_move(-3.4e38, -3.4e38); });
      canvas.addEventListener('contextmenu', function (e) { e.preventDefault(); });
      canvas.addEventListener('wheel', function (e) {
        // Lines and pages are scaled to pixels; ImGui's unit is about 100 px.
        const scale = e.deltaMode === 1 ? 33 : e.deltaMode === 2 ? 400 : 1;
        _dd_mouse_wheel(-e.deltaX * scale / 100, -e.deltaY * scale / 100);
        e.preventDefault();
      }, { passive: false });
    },

    // Keys: ImGui gets every key; the browser keeps the defaults it needs to
    // produce text and clipboard events.
    installKeys: function (ta) {
      const I = DagdeelInput;
      const flags = function (e) { return [e.ctrlKey ? 1 : 0, e.shiftKey ? 1 : 0, e.altKey ? 1 : 0, e.metaKey ? 1 : 0]; };
      ta.addEventListener('keydown', function (e) {
        const ctrl = e.ctrlKey || e.metaKey;
        if (ctrl && e.code === 'KeyV') { _dd_modifiers.apply(null, flags(e)); return; }  // wait for the paste event
        I.key(e.code, 1, e);
        if (ctrl && (e.code === 'KeyC' || e.code === 'KeyX')) { _dd_run_frame_now(); return; }
        const keep = (e.key.length === 1 && !ctrl) || e.key === 'Dead' || e.key === 'Process';
        if (!keep) e.preventDefault();
      });
      ta.addEventListener('keyup', function (e) { I.key(e.code, 0, e); });
      let composing = false;
      ta.addEventListener('compositionstart', function () { composing = true; });
      ta.addEventListener('compositionend', function (e) {
        composing = false;
        if (e.data) I.text(_dd_text, e.data);
        ta.value = '';
      });
      ta.addEventListener('input', function (e) {
        if (composing || e.isComposing) return;
        if (e.inputType === 'insertText' || e.inputType === 'insertReplacementText') {
          const text = e.data != null ? e.data : ta.value;
          if (text) I.text(_dd_text, text);
        }
        ta.value = '';
      });
    },

    // The system clipboard through real copy/cut/paste events on the textarea.
    installClipboard: function (ta) {
      const put = function (e) {
        e.clipboardData.setData('text/plain', UTF8ToString(_dd_clipboard_text()));
        e.preventDefault();
      };
      ta.addEventListener('copy', put);
      ta.addEventListener('cut', put);
      ta.addEventListener('paste', function (e) {
        const text = e.clipboardData ? e.clipboardData.getData('text/plain') : '';
        e.preventDefault();
        DagdeelInput.text(_dd_paste, text);
      });
    },
  },

  // --- called from C++ (src/platform/web_input.cpp) ----------------------------------
  dd_js_install_input__deps: ['$DagdeelInput'],
  dd_js_install_input: function (selector) { DagdeelInput.install(document.querySelector(UTF8ToString(selector))); },
  dd_js_canvas_size__deps: ['$DagdeelInput'],
  dd_js_canvas_size: function (out) {
    const r = DagdeelInput.canvas().getBoundingClientRect();
    HEAPF32[out >> 2] = r.width;
    HEAPF32[(out >> 2) + 1] = r.height;
    HEAPF32[(out >> 2) + 2] = window.devicePixelRatio || 1;
  },
  dd_js_set_backing_size__deps: ['$DagdeelInput'],
  dd_js_set_backing_size: function (w, h) {
    const c = DagdeelInput.canvas();
    if (c.width !== w) c.width = w;
    if (c.height !== h) c.height = h;
  },
  dd_js_set_cursor__deps: ['$DagdeelInput'],
  dd_js_set_cursor: function (css) {
    const c = DagdeelInput.canvas();
    const v = UTF8ToString(css);
    if (c.style.cursor !== v) c.style.cursor = v;
  },
  // Copy from a button (not a key): the async clipboard API, text only.
  dd_js_write_clipboard: function (text) {
    const s = UTF8ToString(text);
    if (navigator.clipboard && navigator.clipboard.writeText) navigator.clipboard.writeText(s).catch(function () {});
  },
});
