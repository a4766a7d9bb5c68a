// Emscripten --js-library: the page shown when no canvas can be drawn at all
// (neither WebGL2 nor Canvas 2D; src/app/main.cpp calls it through
// src/platform/web_page.cpp). Plain HTML in the user's language that says why,
// and keeps the drafts stored in this browser within reach: all of them as a
// backup file (the app's own format, importable elsewhere), each one's
// announcement as HTML. Reads IndexedDB without creating it; converts through
// C++ (src/app/rescue.cpp) so the files are exactly what the app would give.
// Titles go in as textContent: nothing stored can inject markup.
mergeInto(LibraryManager.library, {
  $DagdeelRescue__deps: ['$DagdeelStrings', '$DagdeelFiles'],
  $DagdeelRescue: {
    callC: function (fn, strings, extra) {
      return DagdeelStrings.withUTF8(strings, function () {
        const pointers = [];
        for (let i = 0; i < arguments.length; i += 2) pointers.push(arguments[i]);
        return JSON.parse(UTF8ToString(fn.apply(null, pointers.concat(extra || []))));
      });
    },
    // The stored drafts ([{id, title, modified, json}]), [] when there is no database.
    readDrafts: function () {
      return new Promise(function (ok) {
        let req;
        try { req = indexedDB.open('dagdeel'); } catch (e) { ok([]); return; }
        req.onupgradeneeded = function () { req.transaction.abort(); };  // none stored: create nothing
        req.onerror = function () { ok([]); };
        req.onsuccess = function () {
          const db = req.result;
          try {
            const r = db.transaction('drafts').objectStore('drafts').getAll();
            r.onsuccess = function () { db.close(); ok(r.result || []); };
            r.onerror = function () { db.close(); ok([]); };
          } catch (e) { db.close(); ok([]); }
        };
      });
    },
    el: function (tag, text, attrs) {
      const e = document.createElement(tag);
      if (text) e.textContent = text;
      for (const k in (attrs || {})) e.setAttribute(k, attrs[k]);
      return e;
    },
    show: function (lang) {
      const R = DagdeelRescue;
      const nl = lang !== 'en';
      const T = function (a, b) { return nl ? a : b; };
      const loading = document.getElementById('dd-loading');
      if (loading) loading.remove();
      const canvas = document.getElementById('canvas');
      if (canvas) canvas.style.display = 'none';
      document.documentElement.lang = nl ? 'nl' : 'en';
      document.body.style.overflow = 'auto';
      const main = R.el('main', null, { id: 'dd-rescue', class: 'dd-rescue' });
      main.style.cssText = 'max-width:640px;margin:8vh auto;padding:0 20px;font:16px/1.5 system-ui,sans-serif;color:#1F2933;';
      main.appendChild(R.el('h1', T('Dagdeel kan in deze browser niet tekenen', 'Dagdeel cannot draw in this browser')));
      main.appendChild(R.el('p', T(
        'Deze browser geeft Dagdeel geen tekenvlak: WebGL en Canvas 2D zijn allebei niet beschikbaar. ' +
        'Meestal staat hardwareversnelling of het canvas uit (instelling, beheerbeleid of een privacy-extensie). ' +
        'Zet het aan of open Dagdeel in een andere browser.',
        'This browser gives Dagdeel nothing to draw on: neither WebGL nor Canvas 2D is available. ' +
        'Usually hardware acceleration or the canvas is switched off (a setting, an administrator policy or a privacy extension). ' +
        'Switch it on or open Dagdeel in another browser.')));
      const list = R.el('section', null, { 'aria-live': 'polite' });
      main.appendChild(list);
      document.body.appendChild(main);
      R.readDrafts().then(function (drafts) {
        if (!drafts.length) {
          list.appendChild(R.el('p', T('Er zijn in deze browser geen concepten opgeslagen.', 'No drafts are stored in this browser.')));
          return;
        }
        list.appendChild(R.el('p', T('Je concepten staan veilig in deze browser. Bewaar ze hier als back-up ' +
          '(in Dagdeel te importeren via Bestand > Back-up terugzetten) of als aankondiging:',
          'Your drafts are safe in this browser. Keep them here as a backup (import it in Dagdeel with ' +
          'File > Restore backup) or as announcements:')));
        const all = R.el('button', T('Back-up van alle concepten downloaden', 'Download a backup of all drafts'), { type: 'button', id: 'dd-rescue-backup' });
        all.addEventListener('click', function () {
          const records = JSON.stringify(drafts.map(function (d) { return { json: d.json, modified: d.modified || 0 }; }));
          const r = R.callC(_dd_rescue_backup, [records], [Date.now()]);
          if (!r.ok) { alert(r.error); return; }
          const d = new Date();
          const pad = function (n) { return String(n).padStart(2, '0'); };
          DagdeelFiles.download('dagdeel-backup-' + d.getFullYear() + '-' + pad(d.getMonth() + 1) + '-' + pad(d.getDate()) +
            '-' + pad(d.getHours()) + pad(d.getMinutes()) + '.json', 'application/json', r.text);
        });
        list.appendChild(all);
        const ul = R.el('ul');
        for (const d of drafts) {
          const li = R.el('li');
          li.appendChild(R.el('span', (d.title || T('Naamloos concept', 'Untitled draft')) + ' '));
          const b = R.el('button', T('Aankondiging (HTML)', 'Announcement (HTML)'), { type: 'button', class: 'dd-rescue-html' });
          b.addEventListener('click', function () {
            const r = R.callC(_dd_rescue_export, [d.json, 'html', nl ? 'nl' : 'en']);
            if (!r.ok) { alert(r.error); return; }
            DagdeelFiles.download(r.fileName, 'text/html', r.text);
          });
          li.appendChild(b);
          ul.appendChild(li);
        }
        list.appendChild(ul);
      });
      if (Module.dagdeelRescued) Module.dagdeelRescued();
    },
  },
  dd_js_show_rescue_page__deps: ['$DagdeelRescue'],
  dd_js_show_rescue_page: function (lang) { DagdeelRescue.show(UTF8ToString(lang)); },
});
