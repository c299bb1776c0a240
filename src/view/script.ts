/**
 * The view's only script, served by the Worker at /assets/view.js (CSP `script-src 'self'`; no
 * inline script anywhere). It only enhances: without it the names in the panel are links to
 * their first mention (styled by :target) and the dates read in UTC.
 *
 * - names in "Who and where" become toggle buttons (click, Enter, Space): the entity's marks in
 *   the text get the class `active`; hovering or focusing a name previews them (`peek`);
 *   clicking a mark in the text selects its entity; Escape clears;
 * - date-times (`<time class="local">`) are rewritten in the reader's locale and time zone;
 * - flags are hidden where no font draws them in colour (the country code stays);
 * - the API example gets a Copy button.
 *
 * Plain ES2017 in a string: the bundler must not rewrite it, and it is small enough to read.
 */
export const VIEW_JS = `(function () {
  'use strict';
  var doc = document;
  var status = doc.getElementById('hl-status');
  var current = null;
  function marks(key) { return doc.querySelectorAll('mark.ent[data-ent="' + key + '"]'); }
  function each(list, fn) { Array.prototype.forEach.call(list, fn); }
  function toggles(key) { return doc.querySelectorAll('.ent-t[data-ent="' + key + '"]'); }
  function peek(key, on) { each(marks(key), function (m) { m.classList.toggle('peek', on); }); }
  function visible(el) {
    var r = el.getBoundingClientRect();
    return r.bottom > 0 && r.top < (window.innerHeight || doc.documentElement.clientHeight);
  }
  function select(key, fromText) {
    if (current) {
      each(marks(current), function (m) { m.classList.remove('active'); });
      each(toggles(current), function (t) { t.setAttribute('aria-pressed', 'false'); });
    }
    if (key === current || !key) {
      current = null;
      if (status) status.textContent = '';
      return;
    }
    current = key;
    var found = marks(key);
    each(found, function (m) { m.classList.add('active'); });
    var t = toggles(key)[0];
    each(toggles(key), function (b) { b.setAttribute('aria-pressed', 'true'); });
    if (status && t) {
      status.textContent = t.textContent + ': ' + found.length + (found.length === 1 ? ' mention' : ' mentions') + ' highlighted in the text.';
    }
    if (!fromText && found.length && !Array.prototype.some.call(found, visible)) {
      var smooth = !(window.matchMedia && window.matchMedia('(prefers-reduced-motion: reduce)').matches);
      found[0].scrollIntoView({ block: 'center', behavior: smooth ? 'smooth' : 'auto' });
    }
  }
  each(doc.querySelectorAll('.ent-t[data-ent]'), function (t) {
    var key = t.getAttribute('data-ent');
    t.setAttribute('role', 'button');
    t.setAttribute('aria-pressed', 'false');
    t.addEventListener('click', function (e) { e.preventDefault(); select(key, false); });
    t.addEventListener('keydown', function (e) {
      if (e.key === ' ' || e.key === 'Spacebar') { e.preventDefault(); select(key, false); }
    });
    t.addEventListener('focus', function () { peek(key, true); });
    t.addEventListener('blur', function () { peek(key, false); });
    t.addEventListener('mouseenter', function () { peek(key, true); });
    t.addEventListener('mouseleave', function () { peek(key, false); });
  });
  doc.addEventListener('click', function (e) {
    var m = e.target && e.target.closest ? e.target.closest('mark.ent[data-ent]') : null;
    if (m) select(m.getAttribute('data-ent'), true);
  });
  doc.addEventListener('keydown', function (e) {
    if ((e.key === 'Escape' || e.key === 'Esc') && current) select(null, false);
  });

  var fmt;
  try { fmt = new Intl.DateTimeFormat(undefined, { dateStyle: 'long', timeStyle: 'short' }); } catch (err) { fmt = null; }
  if (fmt) {
    each(doc.querySelectorAll('time.local[datetime]'), function (el) {
      var d = new Date(el.getAttribute('datetime'));
      if (isNaN(d.getTime())) return;
      el.title = el.textContent;
      el.textContent = fmt.format(d);
    });
  }

  // Flags are regional-indicator pairs; where no font draws them in colour (Windows, a bare
  // Linux) they would read as boxes or letters next to the country code: hide them there.
  if (doc.querySelector('.flag')) {
    var colour = true;
    try {
      var cv = doc.createElement('canvas');
      cv.width = cv.height = 20;
      var cx = cv.getContext('2d');
      if (cx) {
        cx.font = '16px sans-serif';
        cx.textBaseline = 'top';
        cx.fillText('\\ud83c\\uddf3\\ud83c\\uddf4', 0, 0);
        var px = cx.getImageData(0, 0, 20, 20).data;
        colour = false;
        for (var i = 0; i < px.length; i += 4) {
          if (px[i + 3] > 64 && (Math.abs(px[i] - px[i + 1]) > 40 || Math.abs(px[i + 1] - px[i + 2]) > 40)) { colour = true; break; }
        }
      }
    } catch (err) { colour = true; }
    if (!colour) doc.documentElement.classList.add('no-flags');
  }

  var code = doc.getElementById('api-curl');
  if (code && navigator.clipboard) {
    var btn = doc.createElement('button');
    btn.type = 'button';
    btn.className = 'copy';
    btn.textContent = 'Copy';
    btn.setAttribute('aria-label', 'Copy the curl command');
    btn.addEventListener('click', function () {
      navigator.clipboard.writeText(code.textContent).then(function () {
        btn.textContent = 'Copied';
        setTimeout(function () { btn.textContent = 'Copy'; }, 2000);
      }, function () { btn.textContent = 'Select and copy'; });
    });
    code.parentNode.parentNode.insertBefore(btn, code.parentNode.nextSibling);
  }
})();
`;
