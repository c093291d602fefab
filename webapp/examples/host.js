// Superseded by ../embed-host.js, which the Embed snippet includes; kept for pages that linked it.
(function () {
  var s = document.createElement('script');
  s.src = '../embed-host.js';
  document.head.appendChild(s);
}());
