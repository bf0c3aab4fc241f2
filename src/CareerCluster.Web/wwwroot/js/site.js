// Progressive enhancement only: every link and form works without this file.
// "Copy link" (a.copy-link[data-copy-url]) copies the canonical URL instead of following the link,
// and says so in the adjacent live region (.copy-status).
(function () {
  'use strict';
  document.addEventListener('click', function (event) {
    var link = event.target instanceof Element ? event.target.closest('a.copy-link[data-copy-url]') : null;
    if (!link || !navigator.clipboard || !navigator.clipboard.writeText) return;
    event.preventDefault();
    var status = link.parentElement && link.parentElement.querySelector('.copy-status');
    var say = function (message) {
      if (!status) return;
      status.textContent = '';
      // A fresh change, so a second click is announced again.
      window.setTimeout(function () { status.textContent = message; }, 50);
    };
    navigator.clipboard.writeText(link.getAttribute('data-copy-url')).then(
      function () { say('Link copied'); },
      function () { say('Could not copy. The link is ' + link.getAttribute('data-copy-url')); });
  });
})();
