/*
 * Kappa's host script: include it once on a page with Kappa widgets (the Embed snippet does) and
 * every <iframe data-kappa> follows its widget's height. Plain ES5; safe to include several times.
 *
 * A widget posts {type: "kappa:resize", height} whenever its content changes size (maths and plots
 * that finish late included); this script sets that iframe's height, within [80, 20000] px. It
 * also asks every frame for its height once it has loaded ({type: "kappa:ping"}), in case the
 * first message came before this script ran.
 */
(function () {
  'use strict';
  if (window.kappaHost) {
    return;
  }
  window.kappaHost = true;

  function frames() {
    return document.querySelectorAll('iframe[data-kappa]');
  }

  window.addEventListener('message', function (event) {
    var data = event.data;
    if (!data || data.type !== 'kappa:resize' || typeof data.height !== 'number' || !isFinite(data.height)) {
      return;
    }
    var list = frames();
    for (var i = 0; i < list.length; i++) {
      if (list[i].contentWindow === event.source) {
        list[i].style.height = Math.max(80, Math.min(Math.ceil(data.height), 20000)) + 'px';
      }
    }
  });

  function ping(frame) {
    try {
      frame.contentWindow.postMessage({type: 'kappa:ping'}, '*');
    } catch (e) {
      /* a frame that is gone */
    }
  }

  function watch() {
    var list = frames();
    for (var i = 0; i < list.length; i++) {
      if (!list[i].getAttribute('data-kappa-watched')) {
        list[i].setAttribute('data-kappa-watched', 'true');
        list[i].addEventListener('load', (function (f) {
          return function () { ping(f); };
        }(list[i])));
        ping(list[i]);
      }
    }
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', watch);
  } else {
    watch();
  }
  window.addEventListener('load', watch);
}());
