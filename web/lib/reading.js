// Emscripten --js-library: the reading view. On a phone (< 700 CSS px and a
// coarse pointer), for a plan opened from a share link, and when chosen in
// Beeld > Leesweergave, the plan is shown as an ordinary
// responsive page instead of the editor: the announcement outline
// (src/io/announcement, via src/app/reading.cpp) as headings, paragraphs and
// a programme per day, with native scrolling, pinch-zoom, find and
// translation, and "Zet in mijn agenda" for the whole event, one item, or a
// personal agenda with one chosen session per round. "Bewerken" leaves it for
// the editor (for a share link: the app then asks whether to import it).
// Every text goes in as textContent and links only when the C++ side judged
// them safe: nothing in a plan can inject markup or script.
mergeInto(LibraryManager.library, {
  // DagdeelFiles (its download helper) is always linked: web/lib/files.js depends on this file.
  $DagdeelReading__deps: ['$DagdeelStrings'],
  $DagdeelReading: {
    root: null,
    editing: false,  // the user chose the editor: narrow screens no longer switch back
    // A phone: a small screen that is touched, not pointed at. A laptop zoomed to
    // 200 % (640 CSS px wide, a mouse) keeps the editor (WCAG 1.4.4 / 1.4.10);
    // it can still choose Beeld > Leesweergave, and a phone can choose Bewerken.
    phoneQuery: '(max-width: 699.5px) and (pointer: coarse)',
    narrow: function () { return window.matchMedia(DagdeelReading.phoneQuery).matches; },
    callC: function (fn, strings) {
      return DagdeelStrings.withUTF8(strings, function () {
        const pointers = [];
        for (let i = 0; i < arguments.length; i += 2) pointers.push(arguments[i]);
        try { return JSON.parse(UTF8ToString(fn.apply(null, pointers))); } catch (e) { return { ok: false, error: String(e) }; }
      });
    },
    el: function (tag, text, attrs) {
      const e = document.createElement(tag);
      if (text) e.textContent = text;
      for (const k in (attrs || {})) e.setAttribute(k, attrs[k]);
      return e;
    },
    line: function (tag, spans, attrs) {
      const R = DagdeelReading;
      const e = R.el(tag, null, attrs);
      for (const s of spans || []) {
        if (s.href) {
          const a = R.el('a', s.text, { href: s.href, rel: 'noopener noreferrer', target: '_blank' });
          e.appendChild(a);
        } else {
          e.appendChild(document.createTextNode(s.text));
        }
      }
      return e;
    },
    style: function () {
      if (document.getElementById('dd-reading-style')) return;
      const s = document.createElement('style');
      s.id = 'dd-reading-style';
      s.textContent = [
        '#dd-reading{position:fixed;inset:0;overflow-y:auto;overflow-x:hidden;background:#fff;color:#1F2933;z-index:10;',
        ' font:17px/1.5 system-ui,-apple-system,"Segoe UI",sans-serif;-webkit-text-size-adjust:100%;touch-action:auto;overscroll-behavior:contain}',
        '#dd-reading *{box-sizing:border-box;max-width:100%;overflow-wrap:anywhere}',
        '#dd-reading .bar{position:sticky;top:0;display:flex;gap:8px;flex-wrap:wrap;padding:10px 16px;background:#2F7A78;z-index:1}',
        '#dd-reading .bar button{flex:1 1 auto}',
        '#dd-reading button{font:inherit;font-size:15px;min-height:44px;padding:8px 14px;border-radius:8px;border:1px solid #2F7A78;background:#fff;color:#1F2933}',
        '#dd-reading .bar .primary{background:#F5C04A;border-color:#F5C04A}',
        '#dd-reading article{padding:8px 16px 48px;max-width:760px;margin:0 auto}',
        '#dd-reading h1{font-size:1.55em;line-height:1.25;margin:.6em 0 .2em}',
        '#dd-reading h2{font-size:1.25em;margin:1.4em 0 .4em;border-bottom:2px solid #2F7A78}',
        '#dd-reading h3{font-size:1.08em;margin:1.1em 0 .3em}',
        '#dd-reading .sub{font-size:1.1em;margin:0}',
        '#dd-reading .dateline{color:#52606D;margin:.2em 0 1em}',
        '#dd-reading ol.programme{list-style:none;padding:0;margin:0}',
        '#dd-reading ol.programme>li{border-top:1px solid #D9DEE4;padding:10px 0}',
        '#dd-reading .time{display:block;font-weight:600;color:#2F7A78}',
        '#dd-reading .title{font-weight:600}',
        '#dd-reading .note{margin:.3em 0;color:#3E4C59;font-size:.95em}',
        '#dd-reading ul.sessions{list-style:none;padding:0;margin:.4em 0 0}',
        '#dd-reading ul.sessions li{margin:.4em 0;padding:.4em .6em;border-left:3px solid #2F7A78;background:#F4F7F7}',
        '#dd-reading ul.sessions label{display:flex;gap:.6em;align-items:flex-start}',
        '#dd-reading ul.sessions input{margin-top:.35em;flex:none;width:1.2em;height:1.2em}',
        '#dd-reading .item-ics{margin-top:.4em;font-size:14px;min-height:40px}',
        '#dd-reading dl{margin:0}#dd-reading dt{font-weight:600;margin-top:.5em}#dd-reading dd{margin:0}',
        '#dd-reading .personal{margin:1em 0;padding:12px;border:1px solid #D9DEE4;border-radius:8px;background:#FBFCFC}',
      ].join('\n');
      document.head.appendChild(s);
    },
    download: function (r) {
      if (!r.ok) { alert(r.error); return; }
      DagdeelFiles.download(r.fileName, 'text/calendar', r.text);
    },
    // The page for one plan (its JSON); onEdit runs when the user taps "Bewerken".
    show: function (json, lang, onEdit) {
      const R = DagdeelReading;
      const r = R.callC(_dd_reading_outline, [json, lang]);
      if (!r.ok) return false;
      const o = r.outline;
      const nl = o.language !== 'en';
      const T = function (a, b) { return nl ? a : b; };
      R.hide();
      R.style();
      const ics = function (what, item, choices) { R.download(R.callC(_dd_reading_ics, [json, what, item || '', JSON.stringify(choices || {})])); };
      const root = R.el('div', null, { id: 'dd-reading', lang: o.language });
      const bar = R.el('div', null, { class: 'bar' });
      const add = R.el('button', T('Zet in mijn agenda', 'Add to my calendar'), { type: 'button', id: 'dd-reading-ics', class: 'primary' });
      add.addEventListener('click', function () { ics('event'); });
      const edit = R.el('button', T('Bewerken', 'Edit'), { type: 'button', id: 'dd-reading-edit' });
      edit.addEventListener('click', function () { R.editing = true; R.hide(); if (onEdit) onEdit(); });
      bar.appendChild(add);
      bar.appendChild(edit);
      root.appendChild(bar);
      const article = R.el('article');
      article.appendChild(R.el('h1', o.title || T('Naamloos programma', 'Untitled programme')));
      if (o.subtitle) article.appendChild(R.el('p', o.subtitle, { class: 'sub' }));
      if (o.dateline) article.appendChild(R.el('p', o.dateline, { class: 'dateline' }));
      const rounds = [];
      for (const b of o.blocks) R.block(article, b, T, ics, rounds);
      if (rounds.length) {
        const box = R.el('div', null, { class: 'personal' });
        box.appendChild(R.el('p', T('Kies hierboven per ronde je sessie en zet je eigen programma in je agenda.',
          'Choose a session per round above and add your own programme to your calendar.')));
        const mine = R.el('button', T('Zet mijn keuzes in mijn agenda', 'Add my choices to my calendar'), { type: 'button', id: 'dd-reading-personal' });
        mine.addEventListener('click', function () {
          const choices = {};
          for (const id of rounds) {
            const picked = root.querySelector('input[name="round-' + CSS.escape(id) + '"]:checked');
            if (picked) choices[id] = picked.value;
          }
          ics('personal', '', choices);
        });
        box.appendChild(mine);
        article.appendChild(box);
      }
      root.appendChild(article);
      document.body.appendChild(root);
      R.root = root;
      return true;
    },
    block: function (article, b, T, ics, rounds) {
      const R = DagdeelReading;
      switch (b.kind) {
        case 'heading': article.appendChild(R.line(b.level <= 2 ? 'h2' : 'h3', b.line)); break;
        case 'bullets': {
          const ul = R.el('ul');
          for (const e of b.entries || []) ul.appendChild(R.line('li', e.line));
          article.appendChild(ul);
          break;
        }
        case 'programme': {
          const ol = R.el('ol', null, { class: 'programme' });
          for (const e of b.entries || []) ol.appendChild(R.entry(e, T, ics, rounds));
          article.appendChild(ol);
          break;
        }
        case 'facts': {
          const dl = R.el('dl');
          for (const f of b.facts || []) {
            if (f.label) dl.appendChild(R.el('dt', f.label));
            dl.appendChild(R.line('dd', f.value));
          }
          article.appendChild(dl);
          break;
        }
        case 'lines': {
          const p = R.el('p');
          (b.lines || []).forEach(function (l, i) { if (i) p.appendChild(R.el('br')); p.appendChild(R.line('span', l)); });
          article.appendChild(p);
          break;
        }
        case 'small': article.appendChild(R.line('p', b.line, { class: 'note' })); break;
        default: article.appendChild(R.line('p', b.line));
      }
    },
    entry: function (e, T, ics, rounds) {
      const R = DagdeelReading;
      const li = R.el('li', null, { class: 'item' });
      if (e.time) li.appendChild(R.el('span', e.time, { class: 'time' }));
      li.appendChild(R.line('span', e.line, { class: 'title' }));
      for (const n of e.notes || []) li.appendChild(R.line('p', n, { class: 'note' }));
      const sessions = (e.children || []).filter(function (c) { return c.session; });
      if (sessions.length) {
        rounds.push(e.item);
        const ul = R.el('ul', null, { class: 'sessions' });
        sessions.forEach(function (c, i) {
          const s = R.el('li');
          const label = R.el('label');
          const radio = R.el('input', null, { type: 'radio', name: 'round-' + e.item, value: c.session });
          if (i === 0) radio.checked = true;
          label.appendChild(radio);
          const text = R.line('span', c.line);
          label.appendChild(text);
          s.appendChild(label);
          for (const n of c.notes || []) s.appendChild(R.line('p', n, { class: 'note' }));
          ul.appendChild(s);
        });
        li.appendChild(ul);
      }
      if (e.item && e.time) {
        const b = R.el('button', T('In mijn agenda', 'Add to calendar'), { type: 'button', class: 'item-ics' });
        b.addEventListener('click', function () { ics('item', e.item); });
        li.appendChild(b);
      }
      return li;
    },
    hide: function () {
      const R = DagdeelReading;
      if (R.root) { R.root.remove(); R.root = null; }
    },
    // The open draft on a narrow screen (web/shell.js calls this once ready and on resizes).
    showActive: function (json, lang, onEdit) {
      const R = DagdeelReading;
      if (R.editing || R.root || !R.narrow() || !json) return false;
      return R.show(json, lang, onEdit);
    },
  },

  // Beeld > Leesweergave (src/platform/web_page.cpp): after the frame that
  // chose it, the open draft as a page (web/shell.js exports it).
  dd_js_reading_open__deps: ['$DagdeelReading'],
  dd_js_reading_open: function () {
    setTimeout(function () { if (Module.dagdeelShowReading) Module.dagdeelShowReading(); }, 0);
  },
});
