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
    // The canvas's CSS size, read once and kept until it changes (resize,
    // zoom, or a ResizeObserver report): reading it every frame forced the
    // browser to lay out the page inside the frame whenever the accessibility
    // mirror had just changed the DOM (issue 14: frames with a big plan open).
    size: null,
    sizeChanged: function () { DagdeelInput.size = null; _dd_resize(); },
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
      // The page's own font (index.html's notes): a textarea's default
      // monospace made the first layout look a second font up (≈ 10–30 ms
      // at start-up, forced by the focus below).
      ta.style.cssText = 'position:fixed;left:0;top:0;width:1px;height:1px;opacity:0;' +
                         'border:0;padding:0;resize:none;overflow:hidden;pointer-events:none;' +
                         'font:15px/1.4 system-ui,sans-serif;';
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
      window.addEventListener('resize', I.sizeChanged);
      const watchRatio = function () {
        matchMedia('(resolution: ' + devicePixelRatio + 'dppx)')
          .addEventListener('change', function () { I.sizeChanged(); watchRatio(); }, { once: true });
      };
      watchRatio();
      // The canvas can also change size without the window doing so (page layout, fonts).
      if (typeof ResizeObserver === 'function') new ResizeObserver(I.sizeChanged).observe(canvas);
    },

    // Pointer: listen on window so a drag continues outside the canvas.
    installPointer: function (canvas, focusSink) {
      const pos = function (e) { const r = canvas.getBoundingClientRect(); return [e.clientX - r.left, e.clientY - r.top]; };
      DagdeelInput.installTouch(canvas, pos, focusSink);
      window.addEventListener('pointermove', function (e) {
        if (e.pointerType === 'touch') return;  // installTouch
        const p = pos(e);
        _dd_mouse_move(p[0], p[1]);
      });
      canvas.addEventListener('pointerdown', function (e) {
        if (e.pointerType === 'touch') return;
        const p = pos(e);
        _dd_mouse_move(p[0], p[1]);
        _dd_mouse_button(e.button, 1);
        e.preventDefault();
        focusSink();
      });
      window.addEventListener('pointerup', function (e) {
        if (e.pointerType === 'touch') return;
        const p = pos(e);
        _dd_mouse_move(p[0], p[1]);
        _dd_mouse_button(e.button, 0);
      });
      canvas.addEventListener('pointerleave', function () { _dd_mouse_move(-3.4e38, -3.4e38); });
      canvas.addEventListener('contextmenu', function (e) { e.preventDefault(); });
      canvas.addEventListener('wheel', function (e) {
        // Lines and pages are scaled to pixels; ImGui's unit is about 100 px.
        const scale = e.deltaMode === 1 ? 33 : e.deltaMode === 2 ? 400 : 1;
        _dd_mouse_wheel(-e.deltaX * scale / 100, -e.deltaY * scale / 100);
        e.preventDefault();
      }, { passive: false });
    },

    // A finger is not a mouse. Its press waits until it is clear what it is:
    //   lifted within the slop      -> a tap (left click there);
    //   held 500 ms without moving  -> a long-press: right click (context menus);
    //   moved on a widget           -> a drag of that widget (timeline blocks,
    //                                  their edges, splitters), pressed where it began;
    //   moved on empty space        -> the pane under it scrolls with the finger.
    // The hidden textarea keeps focus for hardware keyboards, but asks for the
    // on-screen keyboard (inputMode) only while ImGui edits text.
    installTouch: function (canvas, pos, focusSink) {
      const ta = document.getElementById('dagdeel-keyboard-sink');
      const SLOP = 10, LONG_MS = 500;
      let t = null;  // {id, x0, y0, last, mode: 'pending'|'drag'|'scroll'|'done', timer, step}
      const keyboard = function () {
        const wantsText = (_dd_touch_state() & 2) !== 0;
        // The tap opened a field's own text box (web/lib/a11y.js): it has the
        // focus and brings up the on-screen keyboard itself; taking the focus
        // back to the sink here would close it again.
        const a = document.activeElement;
        if (a && a !== ta && (a.tagName === 'INPUT' || a.tagName === 'TEXTAREA') && !a.readOnly) {
          if (ta) ta.inputMode = 'none';
          return;
        }
        if (ta) ta.inputMode = wantsText ? 'text' : 'none';
        focusSink();
        if (wantsText && ta) { ta.blur(); ta.focus({ preventScroll: true }); }  // re-focus shows the keyboard
      };
      canvas.addEventListener('pointerdown', function (e) {
        if (e.pointerType !== 'touch') return;
        e.preventDefault();
        if (t) return;  // one finger at a time
        const p = pos(e);
        _dd_mouse_move(p[0], p[1]);
        t = { id: e.pointerId, x0: p[0], y0: p[1], last: p, mode: 'pending' };
        t.timer = setTimeout(function () {
          if (!t || t.mode !== 'pending') return;
          t.mode = 'done';
          _dd_mouse_move(t.x0, t.y0);
          _dd_mouse_button(2, 1);
          _dd_mouse_button(2, 0);
        }, LONG_MS);
      });
      window.addEventListener('pointermove', function (e) {
        if (e.pointerType !== 'touch' || !t || e.pointerId !== t.id) return;
        const p = pos(e);
        if (t.mode === 'pending' && Math.hypot(p[0] - t.x0, p[1] - t.y0) > SLOP) {
          clearTimeout(t.timer);
          _dd_mouse_move(t.x0, t.y0);
          if (_dd_touch_state() & 1) {
            t.mode = 'drag';
            _dd_mouse_button(0, 1);
          } else {
            t.mode = 'scroll';
            t.last = [t.x0, t.y0];
          }
        }
        if (t.mode === 'drag') _dd_mouse_move(p[0], p[1]);
        if (t.mode === 'scroll') {
          // ImGui scrolls about 5 lines (~75 CSS px) per wheel unit.
          _dd_mouse_wheel((p[0] - t.last[0]) / 75, (p[1] - t.last[1]) / 75);
          t.last = p;
        }
      });
      const end = function (e, cancelled) {
        if (e.pointerType !== 'touch' || !t || e.pointerId !== t.id) return;
        clearTimeout(t.timer);
        const p = pos(e);
        if (t.mode === 'pending' && !cancelled) {
          _dd_mouse_move(t.x0, t.y0);
          _dd_mouse_button(0, 1);
          _dd_mouse_button(0, 0);
          _dd_run_frame_now();
          _dd_run_frame_now();
          keyboard();
        } else if (t.mode === 'drag') {
          _dd_mouse_move(p[0], p[1]);
          _dd_mouse_button(0, 0);
        }
        t = null;
      };
      window.addEventListener('pointerup', function (e) { end(e, false); });
      window.addEventListener('pointercancel', function (e) { end(e, true); });
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
    const I = DagdeelInput;
    if (!I.size || typeof ResizeObserver !== 'function') {
      const r = I.canvas().getBoundingClientRect();
      I.size = [r.width, r.height];
    }
    HEAPF32[out >> 2] = I.size[0];
    HEAPF32[(out >> 2) + 1] = I.size[1];
    HEAPF32[(out >> 2) + 2] = window.devicePixelRatio || 1;
  },
  dd_js_set_backing_size__deps: ['$DagdeelInput'],
  dd_js_set_backing_size: function (w, h) {
    const c = DagdeelInput.canvas();
    let changed = 0;
    if (c.width !== w) { c.width = w; changed = 1; }
    if (c.height !== h) { c.height = h; changed = 1; }
    return changed;  // a resized canvas is cleared: the renderer must draw
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
