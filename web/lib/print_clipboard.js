// Printing and rich copy, as an Emscripten --js-library (linked by the glob
// over web/lib/*.js in cmake/web.cmake). C++ calls these by name through
// src/platform/web_print.cpp; nothing here knows about the app otherwise.
//
// Printing: the page (a whole HTML document from src/io/print, with its own
// Content-Security-Policy that allows no script and no external resource)
// goes into a hidden iframe through srcdoc, and the iframe's print() opens
// the browser's print dialog ("Save as PDF" makes the PDF). srcdoc keeps the
// app's origin (so we may call print()) and the app page's CSP still applies
// on top of the page's own. The iframe stays until the next print: removing
// it while a browser prints asynchronously would cancel the print.
//
// Rich copy: one ClipboardItem with text/html and text/plain, so a paste in
// Outlook, Word or Gmail gets headings, bold times, lists and links and a
// plain-text editor gets the text. Where ClipboardItem is missing or the
// write is refused, the plain text goes through writeText instead.
mergeInto(LibraryManager.library, {
  dd_print_html: function (htmlPtr) {
    const html = UTF8ToString(htmlPtr);
    const old = document.getElementById('dagdeel-print-frame');
    if (old) old.remove();
    const frame = document.createElement('iframe');
    frame.id = 'dagdeel-print-frame';
    frame.title = 'print';
    frame.setAttribute('aria-hidden', 'true');
    frame.tabIndex = -1;
    // Off-screen but laid out at A4 width, so the print preview matches.
    frame.style.cssText = 'position:fixed;left:-10000px;top:0;width:210mm;height:297mm;border:0;';
    frame.addEventListener('load', () => {
      try {
        frame.contentWindow.focus();
        frame.contentWindow.print();
      } catch (e) {
        console.warn('print failed: ' + e);
      }
    }, { once: true });
    frame.srcdoc = html;
    document.body.appendChild(frame);
  },

  dd_copy_rich: function (htmlPtr, textPtr) {
    const html = UTF8ToString(htmlPtr);
    const text = UTF8ToString(textPtr);
    const plainOnly = () => {
      if (navigator.clipboard && navigator.clipboard.writeText) navigator.clipboard.writeText(text).catch(() => {});
    };
    if (typeof ClipboardItem === 'undefined' || !navigator.clipboard || !navigator.clipboard.write) {
      plainOnly();
      return;
    }
    const item = new ClipboardItem({
      'text/html': new Blob([html], { type: 'text/html' }),
      'text/plain': new Blob([text], { type: 'text/plain' }),
    });
    navigator.clipboard.write([item]).catch(plainOnly);
  },

  // A link in the rendered announcement: a new tab that cannot reach back.
  dd_open_link: function (urlPtr) {
    const url = UTF8ToString(urlPtr);
    if (/^(https?:|mailto:)/i.test(url)) window.open(url, '_blank', 'noopener,noreferrer');
  },
});
