/*
 * Kappa's service worker: precaches the whole built site so that, after one visit, Kappa works with
 * no network. The build (dev.kappa.build.ServiceWorkerWriter) fills in VERSION, a hash of every
 * file, and FILES, so any change to the site is a new worker with a new cache.
 *
 * Learner progress lives in localStorage, which this worker never touches: updates cannot lose it.
 */
'use strict';
var VERSION = '@VERSION@';
var FILES = @FILES@;
var CACHE = 'kappa-' + VERSION;
var PREFIX = 'kappa-';

self.addEventListener('install', function (event) {
  event.waitUntil(caches.open(CACHE).then(function (cache) {
    return cache.addAll(FILES.map(function (f) {
      return new Request(f, {cache: 'reload'});
    }));
  }).then(function () {
    return self.skipWaiting();
  }));
});

self.addEventListener('activate', function (event) {
  event.waitUntil(caches.keys().then(function (keys) {
    return Promise.all(keys.filter(function (k) {
      return k.indexOf(PREFIX) === 0 && k !== CACHE;
    }).map(function (k) {
      return caches['delete'](k);
    }));
  }).then(function () {
    return self.clients.claim();
  }));
});

self.addEventListener('fetch', function (event) {
  var request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) {
    return;
  }
  // ?engine=… and other queries select behaviour in the page, not a different file.
  event.respondWith(caches.open(CACHE).then(function (cache) {
    return cache.match(request, {ignoreSearch: true}).then(function (hit) {
      if (hit) {
        return hit;
      }
      if (request.mode === 'navigate') {
        var path = new URL(request.url).pathname;
        var page = /embed\.html$/.test(path) ? 'embed.html' : 'index.html';
        return fetch(request)['catch'](function () {
          return cache.match(page);
        });
      }
      return fetch(request);
    });
  }));
});
