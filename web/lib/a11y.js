// Emscripten --js-library: the accessibility mirror. The whole interface is
// one canvas; this keeps a DOM tree beside it (Flutter's web "semantics"
// approach) with the roles, names, values and states src/ui/a11y_mirror.cpp
// derives from Dear ImGui's widget hooks, so screen readers, the keyboard and
// automation see buttons, tabs, menus, grids and fields.
//
// The tree is updated only with what C++ says changed (never while idle):
// changed nodes, the order when the shape changed, and window origins, so a
// scroll moves one CSS variable instead of every row.
// Nodes lie over their widgets (for magnifiers and touch exploration) but are
// invisible and let the pointer through to the canvas. Focus goes both ways:
// ImGui's keyboard focus moves DOM focus to the node (dd_js_a11y_focus); a
// screen reader focusing or activating a node focuses or presses the widget.
//
// Real text entry: a text field's node is a real <input>/<textarea> with
// lang and spellcheck. When the field is edited it becomes visible over the
// canvas and the browser does the editing (spell-check, IME, dead keys,
// clipboard, wrapping); every change goes to C++ (_dd_text_entry_changed).
mergeInto(LibraryManager.library, {
  $DagdeelA11y__deps: ['$DagdeelStrings'],
  $DagdeelA11y: {
    root: null, live: null, recs: null, originX: null, originY: null, stamp: 0, decoder: null,
    programmatic: false,   // focus moved by us, not by the user
    editing: null,         // the <input>/<textarea> being edited
    pendingFocus: 0, pendingOpen: null,
    moving: false,         // update() is moving nodes (focus changes are not the user's)
    docLang: 'nl',

    install: function () {
      const A = DagdeelA11y;
      if (A.root) return;
      A.recs = [];
      A.originX = new Map();
      A.originY = new Map();
      A.decoder = new TextDecoder();
      const root = document.createElement('div');
      root.id = 'dagdeel-a11y';
      root.style.cssText = 'position:fixed;left:0;top:0;right:0;bottom:0;overflow:hidden;pointer-events:none;';
      const style = document.createElement('style');
      // The nodes are invisible and sized in px, so their font only matters
      // to layout: the page's own (index.html's notes) is already loaded,
      // while a second family made the layout after the first frame look it
      // up (6-120 ms at start-up in traces, delaying the first paint).
      style.textContent =
        '#dagdeel-a11y .dd-n{position:absolute;margin:0;padding:0;border:0;opacity:0;overflow:hidden;' +
        'white-space:nowrap;font:15px/1.4 system-ui,sans-serif;background:transparent;color:inherit;box-sizing:border-box;}' +
        '#dagdeel-a11y .dd-edit{opacity:1;pointer-events:auto;white-space:pre-wrap;overflow:auto;resize:none;' +
        'padding:3px 6px;border-radius:4px;outline:2px solid #2F7A78;outline-offset:0;background:#fff;color:#1F2933;' +
        'font-family:system-ui,-apple-system,"Segoe UI",sans-serif;line-height:1.35;z-index:2;}' +
        '#dagdeel-a11y .dd-edit.dd-dark{background:#1E2329;color:#E6E9ED;outline-color:#5FB3B0;}' +
        '#dagdeel-a11y input.dd-edit{white-space:nowrap;}' +
        '.dd-visually-hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);clip-path:inset(50%);white-space:nowrap;}';
      document.head.appendChild(style);
      document.body.appendChild(root);
      const live = document.createElement('div');
      live.id = 'dagdeel-live';
      live.className = 'dd-visually-hidden';
      live.setAttribute('role', 'status');
      live.setAttribute('aria-live', 'polite');
      document.body.appendChild(live);
      A.root = root;
      A.live = live;
      A.recs[0] = A.record();
      A.recs[0].el = root;
      root.addEventListener('focusin', A.onFocusIn);
      root.addEventListener('focusout', A.onFocusOut);
      root.addEventListener('click', A.onClick);
      root.addEventListener('keydown', A.onKeyDown);
      root.addEventListener('keyup', A.onKeyUp);
      root.addEventListener('input', A.onInput);
      root.addEventListener('paste', A.onPaste);
    },

    // The widget a node mirrors (0: a container), kept on the element.
    idOf: function (el) { return (el && el._wid) || 0; },
    isField: function (el) { return el.tagName === 'INPUT' || el.tagName === 'TEXTAREA'; },

    // --- building the tree --------------------------------------------------------------
    // The roles by number (src/ui/a11y_delta.hpp DAGDEEL_A11Y_ROLES, same order).
    ROLES: ['root', 'main', 'dialog', 'menu', 'listbox', 'tooltip', 'menubar', 'tablist', 'tabpanel', 'grid', 'row',
            'columnheader', 'gridcell', 'list', 'listitem', 'group', 'button', 'combobox', 'textbox', 'option',
            'heading', 'status', 'text', 'tab', 'checkbox', 'menuitemcheckbox', 'menuitem'],

    tagFor: function (role, states) {
      if (role === 'textbox') return (states & 128) ? 'textarea' : 'input';
      if (role === 'text') return 'span';
      return 'div';
    },

    // What a slot's element shows (compared with each message: only what
    // differs is written, nothing is read from the DOM). One shape for all.
    record: function () {
      return { el: null, key: '', wid: 0, role: '', tag: '', parent: 0, x: NaN, y: NaN, w: NaN, h: NaN, win: 0,
               name: null, value: null, states: -1, desc: null, lb: -1, lang: '' };
    },

    // A slot's element, made when the slot has none or its tag or role changed.
    element: function (r, slot, role, tag, wid) {
      const A = DagdeelA11y;
      let el = r.el;
      // A node handed on to another widget must not take the focus or an
      // edit with it: that element stays with its widget, the slot gets a new one.
      if (el && r.wid !== wid && (el === A.editing || el === document.activeElement)) {
        if (el !== A.editing) el.remove();
        if (el._desc) el._desc.remove();
        A.recs[slot] = r = A.record();
        el = null;
      }
      if (el && r.tag === tag && r.role === role) return r;
      const replaced = el;
      if (replaced) {
        if (replaced === A.editing) A.editing = null;
        if (replaced._desc) replaced._desc.remove();
        A.recs[slot] = r = A.record();
      }
      el = document.createElement(tag);
      el._slot = slot;
      if (role !== 'text' && role !== 'textbox' && role !== 'root') el.setAttribute('role', role);
      if (tag === 'input') el.type = 'text';
      if (tag === 'input' || tag === 'textarea') {
        el.setAttribute('autocomplete', 'off');
        el.spellcheck = true;
      }
      if (wid) el.className = 'dd-n';
      r.el = el;
      r.tag = tag;
      r.role = role;
      if (replaced) {
        // In the old one's place, with its children: no full order is needed.
        while (replaced.firstChild) el.appendChild(replaced.firstChild);
        if (replaced.parentNode) replaced.parentNode.replaceChild(el, replaced);
      }
      return r;
    },

    setAttr: function (el, name, value) {
      if (value === null || value === undefined) { if (el.hasAttribute(name)) el.removeAttribute(name); }
      else if (el.getAttribute(name) !== value) el.setAttribute(name, value);
    },

    // x, y are relative to the content origin of window `win`, which is a CSS
    // variable on the root (scrolling changes only that variable), or, for a
    // leaf in a placed grid row (window 0), to that row: a row handed on to the
    // row that scrolled in moves once and its cells keep their places.
    position: function (el, r, x, y, w, h, win, leaf) {
      if (!leaf && !r.win) el.style.position = 'absolute';  // a placed row
      if (r.x !== x || r.win !== win) el.style.left = !win ? x + 'px' : x ? 'calc(var(--x' + win + ',0px) + ' + x + 'px)' : 'var(--x' + win + ',0px)';
      if (r.y !== y || r.win !== win) el.style.top = !win ? y + 'px' : 'calc(var(--y' + win + ',0px) + ' + y + 'px)';
      r.x = x; r.y = y; r.win = win;
      if (!leaf) return;
      if (r.w !== w) { el.style.width = Math.max(1, w) + 'px'; r.w = w; }
      if (r.h !== h) { el.style.height = Math.max(1, h) + 'px'; r.h = h; }
    },

    // A leaf's text: its one text node's data is written (no node is made or dropped).
    setText: function (el, text) {
      const t = el.firstChild;
      if (t && t.nodeType === 3 && !t.nextSibling) { if (t.data !== text) t.data = text; }
      else if (el.textContent !== text) el.textContent = text;
    },

    // One changed node: words q.. of the message (src/ui/a11y_delta.hpp), S its strings.
    apply: function (W, q, S) {
      const A = DagdeelA11y;
      const slot = W[q], role = A.ROLES[W[q + 2]], s = W[q + 3], wid = W[q + 9], leaf = wid !== 0;
      let r = A.recs[slot];
      if (!r) A.recs[slot] = r = A.record();
      r = A.element(r, slot, role, A.tagFor(role, s), wid);
      const el = r.el;
      r.parent = W[q + 1];
      if (W[q + 15] || !r.key) r.key = el._key = S[W[q + 11]];  // a new key at this slot (kept for tests and debugging)
      if (r.wid !== wid) {
        // Only a widget's node has an id ("dd-w123": aria-labelledby and
        // aria-describedby point at widgets); a row or cell needs none.
        r.wid = el._wid = wid;
        if (wid) el.id = 'dd-w' + wid;
        else if (el.id) el.removeAttribute('id');
        if (el._desc) {
          el._desc.id = el.id + '-why';
          el.setAttribute('aria-describedby', el._desc.id);
        }
      }
      const win = W[q + 8];
      if (leaf || win) A.position(el, r, W[q + 4] | 0, W[q + 5] | 0, W[q + 6], W[q + 7], win, leaf);
      const name = S[W[q + 12]], value = S[W[q + 13]], desc = S[W[q + 14]], lb = W[q + 10];
      if (role === 'textbox' && el !== A.editing && el.value !== value) el.value = value;
      if (r.name === name && r.value === value && r.states === s && r.desc === desc && r.lb === lb && r.lang === A.docLang) return;
      r.name = name; r.value = value; r.states = s; r.desc = desc; r.lb = lb; r.lang = A.docLang;
      if (role === 'textbox') {
        A.setAttr(el, 'aria-label', name);
        A.setAttr(el, 'lang', A.docLang);
        A.setAttr(el, 'tabindex', '-1');
      } else if (role === 'combobox') {
        A.setAttr(el, 'aria-label', name);
        A.setText(el, value);
      } else if (leaf && role === 'group') {
        A.setAttr(el, 'aria-label', name);  // a pane: named, not read out as text
      } else if (leaf) {
        A.setText(el, name);
      } else {
        A.setAttr(el, 'aria-label', name || null);
      }
      if (leaf && role !== 'text' && role !== 'textbox') A.setAttr(el, 'tabindex', (s & 512) ? '-1' : null);
      // Selected: a tab or option says so; a selectable row or block is a toggle button.
      const selectable = role === 'tab' || role === 'option' || role === 'gridcell' || role === 'row';
      A.setAttr(el, 'aria-selected', (s & 1024) && selectable ? String(!!(s & 1)) : null);
      A.setAttr(el, 'aria-pressed', (s & 1024) && role === 'button' ? String(!!(s & 1)) : null);
      A.setAttr(el, 'aria-checked', (s & 256) ? String(!!(s & 2)) : null);
      A.setAttr(el, 'aria-expanded', (s & 4) ? String(!!(s & 8)) : (role === 'combobox' ? 'false' : null));
      A.setAttr(el, 'aria-haspopup', (s & 32) ? 'menu' : (role === 'combobox' ? 'listbox' : null));
      A.setAttr(el, 'aria-disabled', (s & 16) ? 'true' : null);
      A.setAttr(el, 'aria-modal', (s & 64) ? 'true' : null);
      A.setAttr(el, 'aria-multiline', role === 'textbox' && (s & 128) ? 'true' : null);
      A.setAttr(el, 'aria-labelledby', lb ? 'dd-w' + lb : null);
      A.setAttr(el, 'aria-invalid', desc ? 'true' : null);
      let d = el._desc;
      if (desc) {
        if (!d) {
          d = document.createElement('span');
          d.id = el.id + '-why';
          d.className = 'dd-visually-hidden';
          el._desc = d;
        }
        if (d.textContent !== desc) d.textContent = desc;
        if (d.parentNode !== A.root) A.root.appendChild(d);
        A.setAttr(el, 'aria-describedby', d.id);
      } else if (d) {
        d.remove();
        el._desc = null;
        A.setAttr(el, 'aria-describedby', null);
      }
    },

    // Only the window origins that moved: a custom property set on the root
    // restyles every node under it.
    origin: function (win, x, y) {
      const A = DagdeelA11y;
      if (A.originX.get(win) !== x) { A.root.style.setProperty('--x' + win, x + 'px'); A.originX.set(win, x); }
      if (A.originY.get(win) !== y) { A.root.style.setProperty('--y' + win, y + 'px'); A.originY.set(win, y); }
    },

    // A message (src/ui/a11y_delta.hpp): W its 32-bit words, S its strings.
    // The slots that left go first (a node handed on keeps its element: a
    // scrolled-out row is the scrolled-in row, with its cells), then the
    // changed nodes are written, then new or re-parented nodes are put after
    // the sibling they follow (or, when the order changed, every node in order).
    update: function (W, S) {
      const A = DagdeelA11y;
      // Moving the text box being edited among its siblings (a pane that just
      // got its content, a new session's header) takes the browser's focus
      // away from it: the edit must survive that, with its selection.
      const edited = A.editing && document.activeElement === A.editing ? A.editing : null;
      const selection = edited ? [edited.selectionStart, edited.selectionEnd, edited.selectionDirection] : null;
      A.moving = true;
      try {
        const origins = W[0], entries = W[1], mode = W[2], list = W[3], left = W[4];
        let p = 5;
        for (let i = 0; i < origins; i++, p += 3) A.origin(W[p], W[p + 1] | 0, W[p + 2] | 0);
        const entriesAt = p;
        p += entries * 16;
        const listAt = p;
        p += mode === 1 ? list * 2 : mode === 2 ? list : 0;
        A.stamp++;
        if (left) A.drop(W, p, left);
        for (let i = 0, q = entriesAt; i < entries; i++, q += 16) if (W[q] !== 0) A.apply(W, q, S);
        if (mode === 1) A.insert(W, listAt, list);
        else if (mode === 2) A.place(W, listAt, list);
      } finally { A.moving = false; }
      if (edited && A.editing === edited && edited.isConnected && document.activeElement !== edited) {
        A.focusQuietly(edited);
        try { edited.setSelectionRange(selection[0], selection[1], selection[2] || 'none'); } catch (err) { /* not text */ }
      }
      if (A.pendingOpen) A.open(A.pendingOpen);
      if (A.pendingFocus) A.focus(A.pendingFocus);
    },

    // The slots whose nodes left: their elements go (a child of one that goes
    // goes with it: only the top one is detached; the box being edited stays).
    drop: function (W, at, n) {
      const A = DagdeelA11y;
      for (let i = at; i < at + n; i++) { const r = A.recs[W[i]]; if (r && r.el) r.el._gone = A.stamp; }
      for (let i = at; i < at + n; i++) {
        const r = A.recs[W[i]];
        if (!r) continue;
        A.recs[W[i]] = null;
        const el = r.el;
        if (!el) continue;
        if (el._desc) el._desc.remove();
        const parent = el.parentNode;
        if (el !== A.editing && parent && parent._gone !== A.stamp) el.remove();
      }
    },

    parentOf: function (r) {
      const p = DagdeelA11y.recs[r.parent];
      return (p && p.el) || DagdeelA11y.root;
    },

    // The nodes that stayed kept their parents and order (C++ checked): each
    // new node is put right after the sibling it follows (inserts come in
    // tree order, so that sibling is already in place). Nothing else is
    // touched: a scroll step costs what came into view, not the whole order.
    insert: function (W, at, n) {
      const A = DagdeelA11y;
      for (let i = at, end = at + 2 * n; i < end; i += 2) {
        const r = A.recs[W[i]];
        if (!r || !r.el) continue;
        const el = r.el, parent = A.parentOf(r);
        const a = W[i + 1] !== 0xFFFFFFFF ? A.recs[W[i + 1]] : null;
        const after = a ? a.el : null;
        const want = after && after.parentNode === parent ? after.nextSibling : parent.firstChild;
        if (el.parentNode !== parent || want !== el) parent.insertBefore(el, want);
      }
    },

    // Puts every node under its parent in the order C++ drew them. Reads no
    // layout: only the tree's links.
    place: function (W, at, n) {
      const A = DagdeelA11y;
      const cursor = new Map();  // parent element -> last child placed
      for (let i = at; i < at + n; i++) {
        const r = A.recs[W[i]];
        if (!r || !r.el || r.el === A.root) continue;
        const el = r.el, parent = A.parentOf(r);
        const prev = cursor.get(parent);
        const want = prev ? prev.nextSibling : parent.firstChild;
        if (el.parentNode !== parent || want !== el) parent.insertBefore(el, want);
        cursor.set(parent, el);
      }
    },

    // The node of widget `id`, when the mirror has one.
    // A box whose node left while it was edited is kept for the edit (drop()):
    // the element the slot holds now is the widget's node, not that one.
    widgetNode: function (id) {
      const A = DagdeelA11y;
      const el = document.getElementById('dd-w' + id);
      const r = el && el._wid === id ? A.recs[el._slot] : null;
      if (r && r.el === el) return el;
      for (const rec of A.recs) if (rec && rec.el && rec.wid === id) return rec.el;
      return null;
    },

    // --- focus --------------------------------------------------------------------------
    // DOM focus follows ImGui only while the page's focus is ours (the key sink,
    // the canvas, the mirror); never taken from a real page element.
    ours: function () {
      const a = document.activeElement;
      return !a || a === document.body || a.id === 'dagdeel-keyboard-sink' || a.id === 'canvas' ||
             (DagdeelA11y.root && DagdeelA11y.root.contains(a));
    },

    focusQuietly: function (el) {
      const A = DagdeelA11y;
      A.programmatic = true;
      try { el.focus({ preventScroll: true }); } finally { A.programmatic = false; }
    },

    focus: function (id) {
      const A = DagdeelA11y;
      const el = A.widgetNode(id);
      if (!el) { A.pendingFocus = id; return; }
      A.pendingFocus = 0;
      if (el === A.editing || !A.ours()) return;
      if (A.editing && A.editing !== el) A.finish(0);
      if (el.tagName === 'INPUT' || el.tagName === 'TEXTAREA') el.readOnly = true;  // keys still go to ImGui
      A.focusQuietly(el);
    },

    onFocusIn: function (ev) {
      const A = DagdeelA11y;
      if (A.programmatic) return;
      const id = A.idOf(ev.target);
      if (!id) return;
      // A screen reader or a person moved here: a field is edited, a button gets focus.
      if (A.isField(ev.target)) _dd_a11y_edit(id);
      else _dd_a11y_focus(id);
    },

    onFocusOut: function (ev) {
      const A = DagdeelA11y;
      if (A.moving) return;  // the mirror moved the box; update() gives the focus back
      if (ev.target === A.editing) A.finish(0);
    },

    onClick: function (ev) {
      const A = DagdeelA11y;
      const id = A.idOf(ev.target);
      if (!id || ev.target === A.editing) return;
      if (A.isField(ev.target)) { _dd_a11y_edit(id); return; }
      ev.preventDefault();
      _dd_a11y_activate(id);
    },

    // --- keys on mirror nodes: ImGui gets them as from the key sink ------------------------
    sendKey: function (code, down, e) {
      DagdeelStrings.withUTF8([code], function (p) {
        _dd_key(p, down, e.ctrlKey ? 1 : 0, e.shiftKey ? 1 : 0, e.altKey ? 1 : 0, e.metaKey ? 1 : 0);
      });
    },

    onKeyDown: function (e) {
      const A = DagdeelA11y;
      const ctrl = e.ctrlKey || e.metaKey;
      if (e.target === A.editing) { A.editKey(e); return; }
      const sink = Module['dagdeelFocusInput'];
      if (ctrl && (e.code === 'KeyV' || e.code === 'KeyC' || e.code === 'KeyX')) {
        // Clipboard events fire only on an editable element: let the key sink have this one.
        if (sink) sink();
        if (e.code === 'KeyV') { _dd_modifiers(e.ctrlKey ? 1 : 0, e.shiftKey ? 1 : 0, e.altKey ? 1 : 0, e.metaKey ? 1 : 0); return; }
        A.sendKey(e.code, 1, e);
        _dd_run_frame_now();
        return;
      }
      A.sendKey(e.code, 1, e);
      if (e.key.length === 1 && !ctrl && !e.altKey) DagdeelStrings.withUTF8([e.key], function (p) { _dd_text(p); });
      e.preventDefault();
    },

    // Every key-up reaches ImGui, also in the text box: a Tab pressed on the
    // canvas that moved the focus into a field is released in the field's box,
    // and ImGui, never told, held Tab and repeated it (typing "de gemeente"
    // spread over four fields). A key-up for a key ImGui saw no down for is a no-op.
    onKeyUp: function (e) {
      DagdeelA11y.sendKey(e.code, 0, e);
    },

    // --- real text entry --------------------------------------------------------------------
    open: function (req) {
      const A = DagdeelA11y;
      const el = A.widgetNode(req.id);
      if (!el || (el.tagName !== 'INPUT' && el.tagName !== 'TEXTAREA')) { A.pendingOpen = req; return; }
      A.pendingOpen = null;
      if (A.editing && A.editing !== el) A.finish(0);
      const entry = A.recs[el._slot];
      if (A.editing !== el) {
        el.value = req.text;
        A.editing = el;
        el._openedWith = req.text;
      }
      el.readOnly = false;
      el.lang = A.docLang;
      el.spellcheck = true;
      el.classList.add('dd-edit');
      el.classList.toggle('dd-dark', !!req.dark);
      el.style.fontSize = req.fontPx + 'px';
      A.focusQuietly(el);
      // caret: a position, -1 the end, -2 the whole text selected (typing replaces it)
      const caret = Math.max(0, Math.min(req.caret < 0 ? el.value.length : req.caret, el.value.length));
      try { el.setSelectionRange(req.caret === -2 ? 0 : caret, caret); } catch (err) { /* not a text control */ }
      if (entry && entry.el === el && req.text !== entry.value) A.changed(el);
    },

    changed: function (el) {
      const id = DagdeelA11y.idOf(el);
      DagdeelStrings.withUTF8([el.value], function (p, n) { _dd_text_entry_changed(id, p, n); });
    },

    // how: 0 left (blur), 1 Tab, 2 Shift+Tab, 3 Enter, 4 Escape
    finish: function (how) {
      const A = DagdeelA11y;
      const el = A.editing;
      if (!el) return;
      A.editing = null;
      el.classList.remove('dd-edit', 'dd-dark');
      el.readOnly = true;
      A.changed(el);
      _dd_text_entry_ended(A.idOf(el), how);
    },

    editKey: function (e) {
      const A = DagdeelA11y;
      const multiline = e.target.tagName === 'TEXTAREA';
      if (e.key === 'Tab' && !e.ctrlKey && !e.altKey && !e.metaKey) {
        e.preventDefault();
        A.finish(e.shiftKey ? 2 : 1);
        A.sendKey('Tab', 1, e);
        A.sendKey('Tab', 0, e);
      } else if (e.key === 'F6') {
        // F6 / Shift+F6 go to the next / previous pane, also from a field
        // (never to the browser's address bar).
        e.preventDefault();
        A.finish(0);
        A.sendKey('F6', 1, e);
      } else if (e.key === 'Escape') {
        // As ImGui's own fields do: Escape puts back what the field held.
        e.preventDefault();
        e.target.value = e.target._openedWith;
        A.finish(4);
      } else if (e.key === 'Enter' && (!multiline || e.ctrlKey || e.metaKey)) {
        e.preventDefault();
        A.finish(3);
      }
    },

    onInput: function (e) {
      const A = DagdeelA11y;
      if (e.target === A.editing && !e.isComposing) A.changed(e.target);
    },

    // A single-line field takes pasted lines as one line: newlines become spaces
    // (the browser would drop them and glue "inloop" to "14.00 uur").
    onPaste: function (e) {
      const A = DagdeelA11y;
      if (e.target !== A.editing || e.target.tagName !== 'INPUT' || !e.clipboardData) return;
      const text = e.clipboardData.getData('text/plain');
      if (!/[\r\n]/.test(text)) return;
      e.preventDefault();
      const one = text.replace(/[ \t]*(\r\n|\r|\n)+[ \t]*/g, ' ').trim();
      if (!document.execCommand('insertText', false, one)) e.target.setRangeText(one, e.target.selectionStart, e.target.selectionEnd, 'end');
      A.changed(e.target);
    },

    say: function (text) {
      const live = DagdeelA11y.live;
      if (!live) return;
      live.textContent = '';
      setTimeout(function () { live.textContent = text; }, 50);
    },
  },

  // --- called from C++ (src/platform/web_a11y.cpp) ------------------------------------------
  dd_js_a11y_update__deps: ['$DagdeelA11y'],
  // words: the message's 32-bit words (read in place), strings: its NUL-separated strings.
  dd_js_a11y_update: function (words, count, strings, length) {
    const A = DagdeelA11y;
    A.install();
    const W = HEAPU32.subarray(words >>> 2, (words >>> 2) + count);
    A.update(W, length ? A.decoder.decode(HEAPU8.subarray(strings, strings + length)).split('\0') : []);
  },
  dd_js_a11y_focus__deps: ['$DagdeelA11y'],
  dd_js_a11y_focus: function (id) { DagdeelA11y.focus(id >>> 0); },
  dd_js_a11y_announce__deps: ['$DagdeelA11y'],
  dd_js_a11y_announce: function (text) { DagdeelA11y.install(); DagdeelA11y.say(UTF8ToString(text)); },
  dd_js_a11y_languages__deps: ['$DagdeelA11y'],
  dd_js_a11y_languages: function (ui, doc) {
    const A = DagdeelA11y;
    const u = UTF8ToString(ui);
    if (document.documentElement.lang !== u) document.documentElement.lang = u;
    A.docLang = UTF8ToString(doc);
    if (A.editing) A.editing.lang = A.docLang;
  },
  dd_js_text_entry_open__deps: ['$DagdeelA11y'],
  dd_js_text_entry_open: function (id, text, caret, fontPx, dark) {
    DagdeelA11y.install();
    DagdeelA11y.open({ id: id >>> 0, text: UTF8ToString(text), caret: caret, fontPx: fontPx, dark: dark });
  },
  dd_js_text_entry_close__deps: ['$DagdeelA11y'],
  dd_js_text_entry_close: function () {
    const A = DagdeelA11y;
    A.pendingOpen = null;
    if (!A.editing) return;
    const el = A.editing;
    const sink = Module['dagdeelFocusInput'];
    A.finish(0);
    if (document.activeElement === el && sink) sink();
  },
});
