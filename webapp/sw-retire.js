/*
 * Kappa's retiring service worker. To remove Kappa's offline copy from every visitor's browser (the
 * site moves, or you stop hosting it offline), deploy this file under the name sw.js. At their next
 * online visit it replaces the old worker, deletes Kappa's caches, unregisters itself and reloads the
 * open pages from the network. Learner progress (localStorage) is not touched. See docs/offline.md.
 */
'use strict';
self.addEventListener('install', function () {
  self.skipWaiting();
});

self.addEventListener('activate', function (event) {
  event.waitUntil(caches.keys().then(function (keys) {
    return Promise.all(keys.filter(function (k) {
      return k.indexOf('kappa-') === 0;
    }).map(function (k) {
      return caches['delete'](k);
    }));
  }).then(function () {
    return self.registration.unregister();
  }).then(function () {
    return self.clients.matchAll({type: 'window'});
  }).then(function (clients) {
    clients.forEach(function (client) {
      client.navigate(client.url);
    });
  }));
});
