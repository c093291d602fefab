// The host-page script from docs/embedding.md: resizes every Kappa iframe to its content.
window.addEventListener('message', function (event) {
  var data = event.data;
  if (!data || data.type !== 'kappa:resize' || typeof data.height !== 'number') return;
  var frames = document.querySelectorAll('iframe[data-kappa]');
  for (var i = 0; i < frames.length; i++) {
    if (frames[i].contentWindow === event.source) {
      frames[i].style.height = Math.max(80, Math.min(data.height, 20000)) + 'px';
    }
  }
});
