/*
 * Embed glue for embed.html: keeps the host's iframe as tall as the widget and links back to the
 * full app. Plain ES5 like the loader.
 *
 * To the parent it posts only {type: "kappa:resize", height} and {type: "kappa:event", ...}.
 * From the parent it accepts only {type: "kappa:ping"} (answered with a resize message); every
 * other message is ignored after a shape check, so a hostile page cannot drive the widget.
 */
(function () {
  'use strict';
  var framed = window.parent !== window;
  var lastHeight = -1;

  function contentHeight() {
    return Math.ceil(document.body.getBoundingClientRect().height);
  }

  function postResize(force) {
    if (!framed) {
      return;
    }
    var h = contentHeight();
    if (h !== lastHeight || force) {
      lastHeight = h;
      window.parent.postMessage({type: 'kappa:resize', height: h}, '*');
    }
  }

  // xAPI-shaped completion events for course hosts (verb: "answered" | "completed").
  window.kappaEmbedEvent = function (verb, score, success) {
    if (!framed || (verb !== 'answered' && verb !== 'completed')) {
      return;
    }
    window.parent.postMessage({
      type: 'kappa:event', verb: verb,
      score: typeof score === 'number' && isFinite(score) ? score : null,
      success: success === true, route: window.location.hash
    }, '*');
  };

  // The address in the full app: the same state without the compact embed's view and controls.
  function fullView(hash) {
    var q = hash.indexOf('?');
    if (q < 0) {
      return hash;
    }
    var kept = [];
    var pairs = hash.substring(q + 1).split('&');
    for (var i = 0; i < pairs.length; i++) {
      var name = pairs[i].split('=')[0];
      if (name !== 'view' && name !== 'controls' && pairs[i] !== '') {
        kept.push(pairs[i]);
      }
    }
    return hash.substring(0, q) + (kept.length ? '?' + kept.join('&') : '');
  }

  function addOpenLink() {
    var p = document.createElement('p');
    p.className = 'open-in-kappa';
    var a = document.createElement('a');
    a.href = 'index.html' + fullView(window.location.hash);
    a.target = '_blank';
    a.rel = 'noopener';
    a.setAttribute('data-open-in-kappa', 'true');
    a.appendChild(document.createTextNode('Open in Kappa ↗'));
    p.appendChild(a);
    document.body.appendChild(p);
    // The widget rewrites its address with every change (history.replaceState, no hashchange):
    // read it when the link is used, so Kappa opens with the state the learner sees now.
    function follow() {
      a.href = 'index.html' + fullView(window.location.hash);
    }
    window.addEventListener('hashchange', follow);
    a.addEventListener('mousedown', follow);
    a.addEventListener('focus', follow);
    a.addEventListener('click', follow);
  }

  window.addEventListener('message', function (event) {
    var data = event.data;
    if (!data || typeof data !== 'object' || data.type !== 'kappa:ping') {
      return;
    }
    postResize(true);
  });

  function start() {
    addOpenLink();
    postResize(true);
    if (typeof ResizeObserver === 'function') {
      new ResizeObserver(function () {
        postResize(false);
      }).observe(document.body);
    } else if (typeof MutationObserver === 'function') {
      new MutationObserver(function () {
        postResize(false);
      }).observe(document.body, {childList: true, subtree: true, attributes: true, characterData: true});
      window.addEventListener('resize', function () {
        postResize(false);
      });
    }
    // Maths, fonts and plots can finish late; a load event catches what observers may not.
    window.addEventListener('load', function () {
      postResize(false);
    });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
}());
