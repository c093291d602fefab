/*
 * Kappa's loader: decides the engine before loading any engine script, then boots it.
 *
 * Written in ES5 on purpose: it must run in every browser that can show an error message,
 * including HtmlUnit, which cannot parse the WasmGC runtime's class syntax. That is why the
 * decision is made here, before that runtime is ever requested.
 *
 *   WasmGC  when the browser validates a tiny GC module, the page is served over http(s),
 *           and the URL does not say ?engine=js;
 *   JS      otherwise: no WasmGC, file:// (no fetch of .wasm there), or ?engine=js.
 *   ?engine=wasm forces WasmGC (for tests and for comparing engines).
 *
 * When WasmGC was chosen (not forced) and fails to start, Kappa falls back to the JS engine by itself
 * and says so in a note; forced, it shows the error.
 */
(function () {
  'use strict';
  var root = document.documentElement;
  var BOOT_TIMEOUT_MS = 30000;
  var FALLBACK_KEY = 'kappa.engineFallback';
  // The page's static "Kappa has not started" message (shown by CSS after a delay) is for a missing loader.
  root.setAttribute('data-kappa-loader', 'running');

  function requestedEngine() {
    var match = /[?&]engine=([a-z]+)/.exec(window.location.search);
    return match ? match[1] : null;
  }

  // A module whose type section declares one empty struct type (form 0x5f): only engines with
  // the GC proposal accept it.
  function supportsWasmGC() {
    try {
      return typeof WebAssembly === 'object' && typeof WebAssembly.validate === 'function' &&
        WebAssembly.validate(new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0, 1, 3, 1, 0x5f, 0]));
    } catch (e) {
      return false;
    }
  }

  function chooseEngine() {
    var asked = requestedEngine();
    if (asked === 'js' || asked === 'wasm') {
      return asked;
    }
    if (window.location.protocol === 'file:' || !supportsWasmGC() || rememberedFallback) {
      return 'js';
    }
    return 'wasm';
  }

  // A WasmGC failure after the app had started cannot be undone in place, so the page reloads once on the
  // JS engine; the reason travels in sessionStorage and is read (and forgotten) here.
  function takeRememberedFallback() {
    try {
      var reason = window.sessionStorage.getItem(FALLBACK_KEY);
      window.sessionStorage.removeItem(FALLBACK_KEY);
      return reason;
    } catch (e) {
      return null;
    }
  }

  function rememberFallback(reason) {
    try {
      window.sessionStorage.setItem(FALLBACK_KEY, reason);
      return window.sessionStorage.getItem(FALLBACK_KEY) === reason;
    } catch (e) {
      return false;
    }
  }

  function noteFallback(reason) {
    root.setAttribute('data-kappa-fallback', reason);
    var area = document.getElementById('notices');
    if (!area) {
      return;
    }
    var box = element('div');
    box.className = 'notice banner info';
    box.setAttribute('data-notice', 'engine');
    box.setAttribute('role', 'status');
    box.appendChild(element('span', 'ℹ The WebAssembly engine could not start here (' + reason + '), so Kappa ' +
      'runs on its JavaScript engine: the same results, a little slower.'));
    area.appendChild(box);
  }

  function element(tag, text) {
    var e = document.createElement(tag);
    if (text) {
      e.appendChild(document.createTextNode(text));
    }
    return e;
  }

  // Never a blank page: whatever failed, the learner reads what happened and what to try.
  function showBootError(message) {
    if (root.getAttribute('data-kappa-ready') === 'true') {
      return;
    }
    root.setAttribute('data-kappa-ready', 'error');
    var app = document.getElementById('app') || document.body;
    while (app.firstChild) {
      app.removeChild(app.firstChild);
    }
    var box = element('div');
    box.className = 'boot-error';
    box.setAttribute('role', 'alert');
    box.appendChild(element('h1', 'Kappa could not start'));
    box.appendChild(element('p', message));
    var hint = element('p', 'Reloading the page often helps. ');
    if (root.getAttribute('data-kappa-engine') !== 'js') {
      var link = element('a', 'Try the JavaScript engine instead');
      link.href = '?engine=js' + window.location.hash;
      hint.appendChild(link);
      hint.appendChild(document.createTextNode('.'));
    }
    box.appendChild(hint);
    app.appendChild(box);
  }

  function loadScript(src, onload, onerror) {
    var script = document.createElement('script');
    script.src = src;
    script.onload = onload;
    script.onerror = onerror || function () {
      showBootError('The file ' + src + ' could not be loaded. If you opened Kappa from a folder, ' +
        'check that the whole folder was copied.');
    };
    document.head.appendChild(script);
  }

  function describe(error) {
    return error && error.message ? error.message : String(error);
  }

  // Offline support: after one visit over http(s) the service worker has the whole site cached.
  // When a new deployment takes over, say so; progress lives in localStorage and is untouched.
  function registerServiceWorker() {
    if (!('serviceWorker' in navigator) || !/^https?:$/.test(window.location.protocol)) {
      return;
    }
    var hadController = !!navigator.serviceWorker.controller;
    navigator.serviceWorker.addEventListener('controllerchange', function () {
      if (hadController) {
        showUpdateBanner();
      }
      hadController = true;
    });
    navigator.serviceWorker.register('sw.js').then(function (registration) {
      // register() does not fetch sw.js again when a worker is installed; update() does, and fails when the
      // deploy no longer serves it.
      if (registration && typeof registration.update === 'function') {
        registration.update()['catch'](retireIfWithdrawn);
      }
      return navigator.serviceWorker.ready;
    }).then(function () {
      root.setAttribute('data-kappa-offline', 'ready');
    })['catch'](function () {
      // Blocked (e.g. a sandboxed or storage-partitioned iframe): Kappa still works online.
      root.setAttribute('data-kappa-offline', 'unavailable');
      retireIfWithdrawn();
    });
  }

  // A site that no longer serves sw.js (404, 410, or a page instead of a script) has withdrawn its offline
  // copy: without this, the browser keeps the old worker, and so the old site, for ever. Offline (no answer
  // at all) the worker stays, since then it is what makes Kappa work.
  function retireIfWithdrawn() {
    if (typeof fetch !== 'function') {
      return;
    }
    fetch('sw.js', {cache: 'no-store'}).then(function (response) {
      var type = response.headers.get('Content-Type') || '';
      if (response.status === 404 || response.status === 410 || (response.ok && !/javascript/.test(type))) {
        retireWorker();
      }
    })['catch'](function () {
      // No network: keep the offline copy.
    });
  }

  function retireWorker() {
    var scope = new URL('./', window.location.href).href;
    var controlled = !!navigator.serviceWorker.controller;
    navigator.serviceWorker.getRegistrations().then(function (registrations) {
      return Promise.all(registrations.filter(function (r) {
        return r.scope.indexOf(scope) === 0;
      }).map(function (r) {
        return r.unregister();
      }));
    }).then(function () {
      return typeof caches === 'object' ? caches.keys() : [];
    }).then(function (keys) {
      return Promise.all(keys.filter(function (k) {
        return k.indexOf('kappa-') === 0;
      }).map(function (k) {
        return caches['delete'](k);
      }));
    }).then(function () {
      root.setAttribute('data-kappa-offline', 'retired');
      // This page came from the retired copy: load the site as it is now, once.
      if (controlled && rememberRetired()) {
        window.location.reload();
      }
    })['catch'](function () {
      root.setAttribute('data-kappa-offline', 'unavailable');
    });
  }

  function rememberRetired() {
    try {
      if (window.sessionStorage.getItem('kappa.swRetired')) {
        return false;
      }
      window.sessionStorage.setItem('kappa.swRetired', '1');
      return true;
    } catch (e) {
      return false;
    }
  }

  function showUpdateBanner() {
    if (document.getElementById('kappa-update')) {
      return;
    }
    var banner = element('div');
    banner.id = 'kappa-update';
    banner.className = 'update-banner';
    banner.setAttribute('role', 'status');
    banner.appendChild(element('span', 'A new version of Kappa is ready. Your progress is kept.'));
    var button = element('button', 'Reload');
    button.type = 'button';
    button.onclick = function () {
      window.location.reload();
    };
    banner.appendChild(button);
    document.body.appendChild(banner);
  }

  // The offline copy downloads the whole site (every deck, quiz and lab text too): started once the first
  // page is shown (or has failed), so it does not compete with the few files that page needs.
  function afterReady(run) {
    if (root.getAttribute('data-kappa-ready') !== 'false' || typeof MutationObserver !== 'function') {
      run();
      return;
    }
    var observer = new MutationObserver(function () {
      if (root.getAttribute('data-kappa-ready') !== 'false') {
        observer.disconnect();
        run();
      }
    });
    observer.observe(root, {attributes: true, attributeFilter: ['data-kappa-ready']});
  }

  // The SIMD kernels (wasm/kernels.wasm, see SimdKernels.java) shares TeaVM's linear
  // memory, so it is compiled first and instantiated while TeaVM links its imports. Without it
  // (no SIMD support, or the file missing) Kappa runs the same arithmetic in scalar code.
  function compileKernels() {
    if (typeof fetch !== 'function' || typeof WebAssembly.compile !== 'function') {
      return Promise.resolve(null);
    }
    return fetch('wasm/kernels.wasm').then(function (response) {
      if (!response.ok) {
        throw new Error('HTTP ' + response.status);
      }
      return response.arrayBuffer();
    }).then(function (bytes) {
      return WebAssembly.compile(bytes);
    })['catch'](function () {
      return null;
    });
  }

  function instantiateKernels(kernels, memory) {
    if (kernels && memory) {
      try {
        var exports = new WebAssembly.Instance(kernels, { env: { memory: memory } }).exports;
        return {
          available: function () {
            return 1;
          },
          multiplyTransposed: exports.multiplyTransposed,
          applyReflectors: exports.applyReflectors,
          bidiagonalize: exports.bidiagonalize
        };
      } catch (ignored) {
        // Fall through to the stubs: the scalar code path needs none of the module.
      }
    }
    return {
      available: function () {
        return 0;
      },
      multiplyTransposed: unavailable,
      applyReflectors: unavailable,
      bidiagonalize: unavailable
    };
  }

  function unavailable() {
    throw new Error('the SIMD kernels are not available');
  }

  var forced = requestedEngine() === 'wasm';
  var rememberedFallback = forced ? null : takeRememberedFallback();
  var engine = chooseEngine();
  root.setAttribute('data-kappa-engine', engine);
  var mainStarted = false;
  window.kappaBootFailed = showBootError;
  window.setTimeout(function () {
    if (root.getAttribute('data-kappa-ready') === 'false') {
      showBootError('Kappa took more than ' + BOOT_TIMEOUT_MS / 1000 + ' seconds to start.');
    }
  }, BOOT_TIMEOUT_MS);

  afterReady(registerServiceWorker);

  // WasmGC failed. Before the app started, switch engines in place; after, reload on the JS engine.
  function wasmFailed(reason) {
    if (forced) {
      showBootError('The WebAssembly engine failed: ' + reason);
    } else if (!mainStarted) {
      engine = 'js';
      root.setAttribute('data-kappa-engine', 'js');
      noteFallback(reason);
      bootJs();
    } else if (rememberFallback(reason)) {
      window.location.reload();
    } else {
      showBootError('The WebAssembly engine failed: ' + reason);
    }
  }

  function bootWasm() {
    // Fetched and compiled while the runtime script loads.
    var kernelsCompiled = compileKernels();
    loadScript('wasm/classes.wasm-runtime.js', function () {
      if (typeof TeaVM !== 'object' || !TeaVM.wasmGC) {
        wasmFailed('its runtime did not initialise');
        return;
      }
      kernelsCompiled.then(function (kernels) {
        return TeaVM.wasmGC.load('wasm/classes.wasm', {
          installImports: function (imports) {
            imports.kappaKernels = instantiateKernels(kernels, imports.env.memory);
          }
        });
      }).then(function (teavm) {
        window.kappa = teavm.exports;
        mainStarted = true;
        teavm.exports.main([]);
      })['catch'](function (error) {
        wasmFailed(describe(error));
      });
    }, function () {
      wasmFailed('the file wasm/classes.wasm-runtime.js could not be loaded');
    });
  }

  function bootJs() {
    // TeaVM's JS build is a UMD module: given a global `exports` object it puts its exports
    // there instead of on window, which keeps the global namespace clean.
    var exportsObject = {};
    window.exports = exportsObject;
    loadScript('js/classes.js', function () {
      try {
        delete window.exports;
      } catch (ignored) {
        window.exports = undefined;
      }
      window.kappa = exportsObject;
      try {
        exportsObject.main([]);
      } catch (error) {
        showBootError('The JavaScript engine failed: ' + describe(error));
      }
    });
  }

  if (rememberedFallback) {
    noteFallback(rememberedFallback);
  }
  if (engine === 'wasm' && !supportsWasmGC()) {
    showBootError('This browser does not support WebAssembly with garbage collection, which ' +
      'the address asked for (engine=wasm).');
  } else if (engine === 'wasm') {
    bootWasm();
  } else {
    bootJs();
  }
}());
