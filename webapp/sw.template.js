/*
 * Kappa's service worker: precaches the whole built site so that, after one visit, Kappa works with
 * no network. The build (dev.kappa.build.ServiceWorkerWriter) fills in VERSION, a hash of every
 * file, and FILES, each file's SHA-256, so any change to the site is a new worker with a new cache.
 *
 * It cannot strand a classroom on a broken or mixed copy:
 * - install checks every file against the hash the build wrote here and fails, caching nothing, if one
 *   differs (an upload half done: new sw.js, old content.js); the previous worker keeps serving its
 *   complete copy, and the next visit tries again;
 * - './' (the site's root URL) is precached like index.html, so every page comes from one version;
 * - a page not in the cache waits for the network at most NAVIGATION_TIMEOUT_MS, then gets the cached app;
 * - a deploy that withdraws sw.js (404) retires the worker: loader.js unregisters it (docs/offline.md).
 *
 * Learner progress lives in localStorage, which this worker never touches: updates cannot lose it.
 */
'use strict';
var VERSION = '@VERSION@';
var FILES = @FILES@;
var CACHE = 'kappa-' + VERSION;
var PREFIX = 'kappa-';
var NAVIGATION_TIMEOUT_MS = 4000;

function hex(buffer) {
  var bytes = new Uint8Array(buffer);
  var out = '';
  for (var i = 0; i < bytes.length; i++) {
    out += (bytes[i] < 16 ? '0' : '') + bytes[i].toString(16);
  }
  return out;
}

// Fetches one file past the HTTP cache, checks it against the build's hash, and stores it.
function fetchVerified(cache, path) {
  return fetch(new Request(path, {cache: 'reload'})).then(function (response) {
    if (!response.ok) {
      throw new Error(path + ': HTTP ' + response.status);
    }
    return response.arrayBuffer().then(function (bytes) {
      return crypto.subtle.digest('SHA-256', bytes).then(function (digest) {
        if (hex(digest) !== FILES[path]) {
          throw new Error(path + ' does not match this version (a deploy in progress?)');
        }
        // A fresh response from the checked bytes, with the server's headers (the CSP included).
        return cache.put(path, new Response(bytes, {status: 200, statusText: 'OK', headers: response.headers}));
      });
    });
  });
}

self.addEventListener('install', function (event) {
  event.waitUntil(caches.open(CACHE).then(function (cache) {
    return Promise.all(Object.keys(FILES).map(function (path) {
      return fetchVerified(cache, path);
    }));
  })['catch'](function (error) {
    // Nothing half-cached may stay behind; failing the install keeps the previous worker.
    return caches['delete'](CACHE).then(function () {
      throw error;
    });
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

// The network, or a rejection after NAVIGATION_TIMEOUT_MS.
function fetchWithin(request, ms) {
  return new Promise(function (resolve, reject) {
    var timer = setTimeout(function () {
      reject(new Error('the network took more than ' + ms + ' ms'));
    }, ms);
    fetch(request).then(function (response) {
      clearTimeout(timer);
      resolve(response);
    }, function (error) {
      clearTimeout(timer);
      reject(error);
    });
  });
}

self.addEventListener('fetch', function (event) {
  var request = event.request;
  var url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin || /\/sw\.js$/.test(url.pathname)) {
    return;
  }
  // ?engine=… and other queries select behaviour in the page, not a different file.
  event.respondWith(caches.open(CACHE).then(function (cache) {
    return cache.match(request, {ignoreSearch: true}).then(function (hit) {
      if (hit) {
        return hit;
      }
      if (request.mode === 'navigate') {
        var page = /embed\.html$/.test(url.pathname) ? 'embed.html' : 'index.html';
        return fetchWithin(request, NAVIGATION_TIMEOUT_MS)['catch'](function (error) {
          return cache.match(page).then(function (cached) {
            if (cached) {
              return cached;
            }
            throw error;
          });
        });
      }
      return fetch(request);
    });
  }));
});
