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
    root: null, live: null, nodes: null, entries: null, origins: null,
    programmatic: false,   // focus moved by us, not by the user
    editing: null,         // the <input>/<textarea> being edited
    pendingFocus: 0, pendingOpen: null,
    moving: false,         // update() is moving nodes (focus changes are not the user's)
    docLang: 'nl',

    install: function () {
      const A = DagdeelA11y;
      if (A.root) return;
      A.nodes = new Map();
      A.entries = new Map();
      A.origins = new Map();
      const root = document.createElement('div');
      root.id = 'dagdeel-a11y';
      root.style.cssText = 'position:fixed;left:0;top:0;right:0;bottom:0;overflow:hidden;pointer-events:none;';
      const style = document.createElement('style');
      style.textContent =
        '#dagdeel-a11y .dd-n{position:absolute;margin:0;padding:0;border:0;opacity:0;overflow:hidden;' +
        'white-space:nowrap;font:12px sans-serif;background:transparent;color:inherit;box-sizing:border-box;}' +
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
      A.nodes.set('root', root);
      root.addEventListener('focusin', A.onFocusIn);
      root.addEventListener('focusout', A.onFocusOut);
      root.addEventListener('click', A.onClick);
      root.addEventListener('keydown', A.onKeyDown);
      root.addEventListener('keyup', A.onKeyUp);
      root.addEventListener('input', A.onInput);
      root.addEventListener('paste', A.onPaste);
    },

    // A widget's node ("w123"), not a container ("win:…", "row:…").
    isWidget: function (key) { return key.charCodeAt(0) === 119 && key.charCodeAt(1) >= 48 && key.charCodeAt(1) <= 57; },

    // The widget id is read from the node's key ("w123"): no data-* attribute is
    // written when an element is made or re-keyed.
    idOf: function (el) { return el && el._key && DagdeelA11y.isWidget(el._key) ? Number(el._key.slice(1)) >>> 0 : 0; },

    // --- building the tree --------------------------------------------------------------
    tagFor: function (role, states) {
      if (role === 'textbox') return (states & 128) ? 'textarea' : 'input';
      if (role === 'text') return 'span';
      return 'div';
    },

    element: function (e, pool) {
      // e = [key, parent, role, name, value, states, x, y, w, h, description, labelledBy, window]
      const A = DagdeelA11y;
      const key = e[0], role = e[2], states = e[5];
      let el = A.nodes.get(key);
      const tag = A.tagFor(role, states);
      let replaced = null;  // the element this node had with another tag or role
      if (el && (el._tag !== tag || el._role !== role)) {
        if (el === A.editing) A.editing = null;
        if (el._desc) el._desc.remove();
        A.entries.delete(key);
        replaced = el;
        el = null;
      }
      if (!el && pool && !replaced) el = A.reuse(pool, e, tag);
      if (!el) {
        el = document.createElement(tag);
        // Only a widget's node has an id ("dd-w123": aria-labelledby and
        // aria-describedby point at widgets); a row or cell needs none.
        if (A.isWidget(key)) el.id = 'dd-' + key;
        el._role = role;
        el._tag = tag;
        if (role !== 'text' && role !== 'textbox' && role !== 'root') el.setAttribute('role', role);
        if (tag === 'input') el.type = 'text';
        if (tag === 'input' || tag === 'textarea') {
          el.setAttribute('autocomplete', 'off');
          el.spellcheck = true;
        }
        if (A.isWidget(key)) el.className = 'dd-n';
        el._key = key;
        A.nodes.set(key, el);
      }
      if (replaced) {
        // In the old one's place, with its children: no full order is needed.
        while (replaced.firstChild) el.appendChild(replaced.firstChild);
        if (replaced.parentNode) replaced.parentNode.replaceChild(el, replaced);
      }
      return el;
    },

    // --- reusing the nodes that left the tree -------------------------------------------
    // Scrolling the programme drops the rows that left the view and adds as
    // many new ones. The elements of the rows that left are re-keyed to the
    // rows that came in, with their cells and widgets (only the text, the
    // place and the ids that differ are written), instead of removing one
    // subtree and creating another (issue 13: < 1 ms per frame).
    // A node can become one with the same tag and role under the same parent,
    // or under the parent its own parent became.
    // A grid cell keeps its column ("cell:table:row:column"): a row with no
    // room cell must not give its duration cell to the new row's room cell.
    poolSignature: function (parentKey, tag, role, key) {
      return parentKey + '\n' + DagdeelA11y.anySignature(tag, role, key);
    },
    // Any node of the same tag and role (a cell: and column), wherever it was
    // (the second choice). With the column, a new row's room cell takes a
    // leaving row's room cell, not the first cell of a row re-keyed after it
    // (which then took another row's, and so on: 523 -> 399 DOM inserts over
    // a 40-message scroll of the 39C3 programme).
    anySignature: function (tag, role, key) {
      return tag + '\n' + role + (DagdeelA11y.isWidget(key) ? '\nw' : '') +
             (key.charCodeAt(0) === 99 && key.startsWith('cell:') ? key.slice(key.lastIndexOf(':')) : '');
    },

    // The nodes that left (msg.d, or what msg.o no longer has), pooled by
    // what they can become.
    collectGone: function (msg) {
      const A = DagdeelA11y;
      const pool = { buckets: new Map(), any: new Map(), gone: new Set(), rekeyed: new Map(), reused: new Set() };
      const focused = document.activeElement;
      const put = function (map, sig, el) {
        let bucket = map.get(sig);
        if (!bucket) map.set(sig, bucket = []);
        bucket.push(el);
      };
      const take = function (el, key) {
        if (key === 'root' || el === A.editing) return;
        pool.gone.add(el);
        const e = A.entries.get(key);
        if (!e || el === focused) return;  // focus never jumps to another widget's node
        const tag = el._tag;
        put(pool.buckets, A.poolSignature(e[1], tag, e[2], key), el);
        put(pool.any, A.anySignature(tag, e[2], key), el);
      };
      if (msg.d && (msg.n || A.nodes.size <= msg.o.length + msg.d.length + 1)) {
        for (const key of msg.d) {
          const el = A.nodes.get(key);
          if (el) take(el, key);
        }
      } else {
        const keep = new Set(msg.o);
        A.nodes.forEach(function (el, key) { if (!keep.has(key)) take(el, key); });
      }
      return pool;
    },

    // The first element of a bucket not yet given to another node.
    unused: function (pool, bucket) {
      while (bucket && bucket.length) {
        const el = bucket.shift();
        if (!pool.reused.has(el)) return el;
      }
      return null;
    },

    reuse: function (pool, e, tag) {
      const A = DagdeelA11y;
      const key = e[0];
      const parentWas = pool.rekeyed.get(e[1]) || e[1];
      const el = A.unused(pool, pool.buckets.get(A.poolSignature(parentWas, tag, e[2], key))) ||
                 A.unused(pool, pool.any.get(A.anySignature(tag, e[2], key)));
      if (!el) return null;
      const oldKey = el._key;
      A.nodes.delete(oldKey);
      A.entries.delete(oldKey);
      pool.gone.delete(el);
      pool.reused.add(el);
      pool.rekeyed.set(key, oldKey);
      el._key = key;
      if (A.isWidget(key)) el.id = 'dd-' + key;
      if (el._desc) {
        el._desc.id = el.id + '-why';
        el.setAttribute('aria-describedby', el._desc.id);
      }
      A.nodes.set(key, el);
      return el;
    },

    setAttr: function (el, name, value) {
      if (value === null || value === undefined) { if (el.hasAttribute(name)) el.removeAttribute(name); }
      else if (el.getAttribute(name) !== value) el.setAttribute(name, value);
    },

    // x, y are relative to the content origin of window e[12], which is a CSS
    // variable on the root (scrolling changes only that variable), or, for a
    // leaf in a placed grid row (window 0), to that row: a row re-keyed to the
    // row that scrolled in moves once and its cells keep their places.
    position: function (el, e, old, leaf) {
      const w = e[12];
      if (!leaf && (old ? !old[12] : true)) el.style.position = 'absolute';  // a placed row
      if (!old || old[6] !== e[6] || old[12] !== w) {
        el.style.left = !w ? e[6] + 'px' : e[6] ? 'calc(var(--x' + w + ',0px) + ' + e[6] + 'px)' : 'var(--x' + w + ',0px)';
      }
      if (!old || old[7] !== e[7] || old[12] !== w) el.style.top = !w ? e[7] + 'px' : 'calc(var(--y' + w + ',0px) + ' + e[7] + 'px)';
      if (!leaf) return;
      if (!old || old[8] !== e[8]) el.style.width = Math.max(1, e[8]) + 'px';
      if (!old || old[9] !== e[9]) el.style.height = Math.max(1, e[9]) + 'px';
    },

    // A leaf's text: its one text node's data is written (no node is made or dropped).
    setText: function (el, text) {
      const t = el.firstChild;
      if (t && t.nodeType === 3 && !t.nextSibling) { if (t.data !== text) t.data = text; }
      else if (el.textContent !== text) el.textContent = text;
    },

    apply: function (el, e) {
      const A = DagdeelA11y;
      const role = e[2], name = e[3], value = e[4], s = e[5];
      const leaf = A.isWidget(e[0]);
      // What this element shows now (also when it was re-keyed from another node):
      // only what differs from it is written, and nothing is read from the DOM.
      const old = el._e;
      el._e = e;
      if (leaf || e[12]) A.position(el, e, old, leaf);
      if (role === 'textbox' && el !== A.editing && el.value !== value) el.value = value;
      if (old && old[2] === role && old[3] === name && old[4] === value && old[5] === s && old[10] === e[10] &&
          old[11] === e[11] && el._lang === A.docLang) return;
      el._lang = A.docLang;
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
      A.setAttr(el, 'aria-labelledby', e[11] ? 'dd-' + e[11] : null);
      const desc = e[10];
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

    // msg (src/ui/a11y_delta.cpp): e = the nodes that changed; when the tree's
    // shape changed, d = the keys that left and either n = where each new node
    // goes (the others kept their order) or o = every key in order;
    // g = window content origins that moved.
    update: function (msg) {
      const A = DagdeelA11y;
      // Moving the text box being edited among its siblings (a pane that just
      // got its content, a new session's header) takes the browser's focus
      // away from it: the edit must survive that, with its selection.
      const edited = A.editing && document.activeElement === A.editing ? A.editing : null;
      const selection = edited ? [edited.selectionStart, edited.selectionEnd, edited.selectionDirection] : null;
      A.moving = true;
      try {
        if (msg.g) for (const g of msg.g) {
          // Only the origins that moved: a custom property set on the root
          // restyles every node under it.
          const x = g[1] + 'px', y = g[2] + 'px';
          if (A.origins.get('x' + g[0]) !== x) { A.root.style.setProperty('--x' + g[0], x); A.origins.set('x' + g[0], x); }
          if (A.origins.get('y' + g[0]) !== y) { A.root.style.setProperty('--y' + g[0], y); A.origins.set('y' + g[0], y); }
        }
        const pool = msg.o || msg.n ? A.collectGone(msg) : null;
        for (const e of msg.e) {
          if (e[0] === 'root') continue;
          const el = A.element(e, pool);
          A.apply(el, e);
          A.entries.set(e[0], e);
        }
        if (msg.n) A.insert(pool, msg.n);
        else if (msg.o) A.place(pool, msg.o);
      } finally { A.moving = false; }
      if (edited && A.editing === edited && edited.isConnected && document.activeElement !== edited) {
        A.focusQuietly(edited);
        try { edited.setSelectionRange(selection[0], selection[1], selection[2] || 'none'); } catch (err) { /* not text */ }
      }
      if (A.pendingOpen) A.open(A.pendingOpen);
      if (A.pendingFocus) A.focus(A.pendingFocus);
    },

    // Puts every node under its parent in the order C++ drew them, and drops
    // the nodes no longer drawn. Reads no layout: only the tree's links.
    // The nodes that left go first, and the re-keyed ones are taken out to be
    // put at their new places: the nodes that stayed then already follow each
    // other, and are not moved (a scroll step moves only what came into view).
    place: function (pool, order) {
      const A = DagdeelA11y;
      A.dropGone(pool);
      const cursor = new Map();  // parent key -> last child placed
      for (const key of order) {
        if (key === 'root') continue;
        const el = A.nodes.get(key), e = A.entries.get(key);
        if (!el || !e) continue;
        const parent = A.nodes.get(e[1]) || A.root;
        const prev = cursor.get(e[1]);
        const want = prev ? prev.nextSibling : parent.firstChild;
        if (el.parentNode !== parent || want !== el) parent.insertBefore(el, want);
        cursor.set(e[1], el);
      }
    },

    // The nodes that left go, and the re-keyed ones are taken out to be put at
    // their new places.
    dropGone: function (pool) {
      const A = DagdeelA11y;
      const drop = function (el) {
        if (el._desc) el._desc.remove();
        // A child of a node that goes goes with it: only the top one is detached.
        if (el.parentNode && !pool.gone.has(el.parentNode)) el.remove();
        A.nodes.delete(el._key);
        A.entries.delete(el._key);
      };
      pool.gone.forEach(drop);
      pool.reused.forEach(function (el) {
        if (el.parentNode && !pool.reused.has(el.parentNode)) el.remove();
      });
    },

    // The nodes that stayed kept their parents and order (C++ checked): each
    // new node is put right after the sibling it follows (inserts come in
    // tree order, so that sibling is already in place). Nothing else is
    // touched: a scroll step costs what came into view, not the whole order.
    insert: function (pool, inserts) {
      const A = DagdeelA11y;
      A.dropGone(pool);
      for (const n of inserts) {
        const el = A.nodes.get(n[0]), e = A.entries.get(n[0]);
        if (!el || !e) continue;
        const parent = A.nodes.get(e[1]) || A.root;
        const after = n[1] ? A.nodes.get(n[1]) : null;
        const want = after && after.parentNode === parent ? after.nextSibling : parent.firstChild;
        if (el.parentNode !== parent || want !== el) parent.insertBefore(el, want);
      }
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
      const el = A.nodes.get('w' + id);
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
      if (ev.target._role === 'textbox') _dd_a11y_edit(id);
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
      if (ev.target._role === 'textbox') { _dd_a11y_edit(id); return; }
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
      const el = A.nodes.get('w' + req.id);
      if (!el || (el.tagName !== 'INPUT' && el.tagName !== 'TEXTAREA')) { A.pendingOpen = req; return; }
      A.pendingOpen = null;
      if (A.editing && A.editing !== el) A.finish(0);
      const entry = A.entries.get('w' + req.id);
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
      if (entry && req.text !== entry[4]) A.changed(el);
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
      if (!el.isConnected) A.nodes.delete('w' + A.idOf(el));
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
  dd_js_a11y_update: function (json) {
    DagdeelA11y.install();
    DagdeelA11y.update(JSON.parse(UTF8ToString(json)));
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
