// Loaded as a blocking script in <head>, before the page paints, so a stored theme
// applies without a flash. It is a file (not inline) so a strict Content-Security-Policy
// ("script-src 'self'") allows it without hashes. Without JavaScript the page simply
// follows the system's prefers-color-scheme through CSS.
(function () {
  var KEY = 'theme';
  var root = document.documentElement;
  var stored = null;
  try {
    stored = localStorage.getItem(KEY);
  } catch (e) {
    // Storage can be blocked (private mode, sandboxed frames): just follow the system.
  }
  if (stored === 'light' || stored === 'dark') root.setAttribute('data-theme', stored);

  function current() {
    var set = root.getAttribute('data-theme');
    if (set === 'light' || set === 'dark') return set;
    return window.matchMedia && window.matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
  }

  // The button's name stays "Dark theme" (its visible text is part of it, WCAG 2.5.3);
  // only its pressed state follows the theme.
  function label(button) {
    button.setAttribute('aria-pressed', current() === 'dark' ? 'true' : 'false');
  }

  function wire() {
    var buttons = document.querySelectorAll('[data-theme-toggle]');
    for (var i = 0; i < buttons.length; i++) {
      var button = buttons[i];
      button.hidden = false;
      label(button);
      button.addEventListener('click', function (event) {
        var next = current() === 'dark' ? 'light' : 'dark';
        root.setAttribute('data-theme', next);
        try {
          localStorage.setItem(KEY, next);
        } catch (e) {
          // Not persisted; the choice still holds for this page view.
        }
        for (var j = 0; j < buttons.length; j++) label(buttons[j]);
        document.dispatchEvent(new CustomEvent('themechange', { detail: { theme: next } }));
      });
    }
    if (window.matchMedia) {
      window.matchMedia('(prefers-color-scheme: dark)').addEventListener('change', function () {
        for (var j = 0; j < buttons.length; j++) label(buttons[j]);
      });
    }
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', wire);
  else wire();
})();
