/*
 * Kappa in a course: SCORM when an LMS launches Kappa as a SCO, and an xAPI statement for every
 * learning event. Plain ES5 like the loader, and loaded before it, for three reasons
 * (docs/course-integration.md): the LMS's API is a JavaScript object in a parent window; the
 * learner's progress must come from the LMS before the engine reads it at boot; and the last
 * commit happens while the page unloads, when only synchronous script can still run. It is the
 * same file under both engines, so SCORM and xAPI behave alike on WasmGC and JS.
 *
 * SCORM (only when the address says ?sco=<kind>/<id>, as the packages' launch addresses do, and an
 * API is found in a parent or opener window): initializes, keeps Kappa's progress record in
 * cmi.suspend_data instead of this browser's localStorage, reports completion, score and
 * pass/fail of that one activity, commits when they change, and terminates when the page goes.
 * Without ?sco= or without an API, nothing here changes how Kappa behaves.
 *
 * xAPI: the app calls window.kappaActivity(verb, object, score, success) for each event it also
 * posts as kappa:event; this builds the matching xAPI statement, posts it to the host page of an
 * embed as {type: "kappa:xapi", statement}, and sends it to a Learning Record Store only after the
 * host page has configured one with {type: "kappa:xapi-config", endpoint, auth, …}; statements
 * made before that are never sent. Nothing is ever read from the address but sco, n and mastery.
 */
(function (root) {
  'use strict';
  var doc = root.document;
  var html = doc.documentElement;

  var PROGRESS_KEY = 'kappa.progress';
  var DEFAULT_MASTERY = 0.8;
  var DEFAULT_EXERCISE_COUNT = 5;
  var MAX_EXERCISE_COUNT = 50;
  /** The longest cmi.suspend_data each version guarantees: 1.2 CMIString4096, 2004 SPM 64000. */
  var SUSPEND_LIMIT = {scorm12: 4096, scorm2004: 64000};
  /** The longest cmi.core.lesson_location (CMIString255) and cmi.location (SPM 1000). */
  var LOCATION_LIMIT = {scorm12: 255, scorm2004: 1000};
  /** Progress saves are committed at most this often; scores and statuses at once. */
  var COMMIT_EVERY_MS = 30000;
  var QUEUE_LIMIT = 100;

  var ADL_VERBS = 'http://adlnet.gov/expapi/verbs/';
  var ADL_ACTIVITIES = 'http://adlnet.gov/expapi/activities/';
  var ACTIVITY_TYPE = {lab: 'simulation', cards: 'lesson', quiz: 'assessment', exercise: 'question'};
  /** The progress record's sections holding each kind of activity's entries (a deck's cards and their histories, …). */
  var RECORD_SECTIONS = {lab: ['labs', 'predictions'], cards: ['cards', 'reviews'], quiz: ['quizzes', 'quizAttempts'],
    exercise: ['exercises']};
  /**
   * Sections a summary fills last, because scores and schedules do not need them and their entries are
   * large: quiz attempts (to resume one, or review it as seen) and review histories.
   */
  var LAST_SECTIONS = ['quizAttempts', 'reviews'];

  function now() {
    return new Date().getTime();
  }

  function hasOwn(o, k) {
    return Object.prototype.hasOwnProperty.call(o, k);
  }

  function isPlainObject(v) {
    return v !== null && typeof v === 'object' && !(v instanceof Array);
  }

  // ------------------------------------------------------------------ the launch address

  function launchParam(name) {
    var m = new RegExp('[?&]' + name + '=([^&#]*)').exec(root.location.search);
    if (!m) {
      return null;
    }
    try {
      return decodeURIComponent(m[1]);
    } catch (e) {
      return null;
    }
  }

  /** The activity a package launched, from ?sco=<kind>/<id>[&n=<count>][&mastery=<percent>], or null. */
  function launchedActivity() {
    var m = /^(lab|cards|quiz|exercise)\/([a-z0-9][a-z0-9-]{0,63})$/.exec(launchParam('sco') || '');
    if (!m) {
      return null;
    }
    var n = parseInt(launchParam('n'), 10);
    var mastery = parseInt(launchParam('mastery'), 10);
    return {
      kind: m[1], id: m[2], key: m[1] + '/' + m[2],
      count: n >= 1 && n <= MAX_EXERCISE_COUNT ? n : DEFAULT_EXERCISE_COUNT,
      mastery: mastery >= 0 && mastery <= 100 ? mastery / 100 : null
    };
  }

  /** "quiz/x", "cards/x", "lab/x" or "exercise/x?seed=5" as {kind, id, seed}, or null. */
  function parseObject(object) {
    var m = /^(lab|cards|quiz|exercise)\/([a-z0-9-]{1,64})(?:\?seed=(\d{1,15}))?$/.exec(String(object));
    return m ? {kind: m[1], id: m[2], seed: m[3] ? parseInt(m[3], 10) : null} : null;
  }

  // ------------------------------------------------------------------ the compiled content

  function content() {
    var c = root.KAPPA_CONTENT;
    return c && typeof c === 'object' ? c : {};
  }

  function contentEntry(kind, id) {
    var list = content()[{lab: 'labs', cards: 'decks', quiz: 'quizzes'}[kind]];
    if (!(list instanceof Array)) {
      return null;
    }
    for (var i = 0; i < list.length; i++) {
      if (list[i] && list[i].id === id) {
        return list[i];
      }
    }
    return null;
  }

  /** A plain-text name: the content's title, or the heading of the view showing it, or the id. */
  function activityName(kind, id) {
    var entry = contentEntry(kind, id);
    if (entry && typeof entry.titleText === 'string') {
      return entry.titleText;
    }
    var heading = doc.querySelector('[data-view] h1');
    return heading && heading.textContent ? heading.textContent : id;
  }

  // ------------------------------------------------------------------ suspend data

  /**
   * The text kept in cmi.suspend_data: {"k":1,"s":<this activity's state>,"p":<progress record>},
   * plus "m":1 when the record had to be summarized. It is the full record whenever that fits
   * `limit`. Otherwise the record keeps its top-level fields and whole entries only, taken in this
   * order until the next one does not fit: those of the launched activity, then every section's
   * entries with the small sections first (labs, quizzes, exercises before cards, by far the
   * largest) and quiz attempts and review histories last, the most recent first within each.
   * Nothing is rounded or
   * rewritten, so what is restored reads like any record; entries left out start afresh on the next
   * launch.
   */
  function encodeSuspend(recordText, state, activity, limit) {
    var record = null;
    if (recordText) {
      try {
        record = JSON.parse(recordText);
      } catch (e) {
        record = null;
      }
    }
    var full = JSON.stringify(record ? {k: 1, s: state, p: record} : {k: 1, s: state});
    if (full.length <= limit || !isPlainObject(record)) {
      return {text: full.length <= limit ? full : JSON.stringify({k: 1, s: state}), summarized: false, kept: -1};
    }
    var summary = {};
    var entries = [];
    var sectionSize = {};
    Object.keys(record).forEach(function (name) {
      var value = record[name];
      if (!isSection(value)) {
        summary[name] = value;
        return;
      }
      summary[name] = {};
      var keys = Object.keys(value);
      sectionSize[name] = keys.length;
      keys.forEach(function (key) {
        entries.push({section: name, key: key, value: value[key], own: belongsTo(activity, name, key)});
      });
    });
    entries.sort(function (a, b) {
      if (a.own !== b.own) {
        return a.own ? -1 : 1;
      }
      if (a.section !== b.section) {
        return lastSection(a.section) - lastSection(b.section) || sectionSize[a.section] - sectionSize[b.section] ||
          (a.section < b.section ? -1 : 1);
      }
      return recency(b.value) - recency(a.value) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
    });
    // Each entry adds "key":value plus at most one comma; counting the comma always keeps the sum an
    // upper bound, so the result never exceeds the limit. The summary is a prefix of that order: a
    // smaller entry further down never displaces a more important one.
    var size = JSON.stringify({k: 1, s: state, p: summary, m: 1}).length;
    var kept = 0;
    for (var i = 0; i < entries.length; i++) {
      var e = entries[i];
      var cost = JSON.stringify(e.key).length + 1 + JSON.stringify(e.value).length + 1;
      if (size + cost > limit) {
        break;
      }
      summary[e.section][e.key] = e.value;
      size += cost;
      kept++;
    }
    return {text: JSON.stringify({k: 1, s: state, p: summary, m: 1}), summarized: true, kept: kept,
      of: entries.length};
  }

  /**
   * A section of the record: an object whose values are all entries keyed by id, each an object or,
   * for a card's review history, a list.
   */
  function isSection(v) {
    if (!isPlainObject(v)) {
      return false;
    }
    var keys = Object.keys(v);
    for (var i = 0; i < keys.length; i++) {
      if (!isPlainObject(v[keys[i]]) && !(v[keys[i]] instanceof Array)) {
        return false;
      }
    }
    return true;
  }

  function lastSection(name) {
    return LAST_SECTIONS.indexOf(name) >= 0 ? 1 : 0;
  }

  function belongsTo(activity, section, key) {
    return !!activity && hasOwn(RECORD_SECTIONS, activity.kind) &&
      RECORD_SECTIONS[activity.kind].indexOf(section) >= 0 &&
      (key === activity.id || key.indexOf(activity.id + '/') === 0);
  }

  /**
   * The latest time an entry mentions (last review, last attempt, quiz taken, attempt started; for a
   * history, its latest review), 0 if none.
   */
  function recency(entry) {
    if (entry instanceof Array) {
      return entry.reduce(function (t, item) {
        return isPlainObject(item) ? Math.max(t, recency(item)) : t;
      }, 0);
    }
    var t = 0;
    ['last', 'at', 'first', 'started'].forEach(function (f) {
      if (typeof entry[f] === 'number' && entry[f] > t) {
        t = entry[f];
      }
    });
    return t;
  }

  /** Reads suspend data: {ok, record (text or null), state, summarized}. ok is false for text Kappa did not write. */
  function decodeSuspend(text) {
    if (!text) {
      return {ok: true, record: null, state: {}, summarized: false};
    }
    var v;
    try {
      v = JSON.parse(text);
    } catch (e) {
      return {ok: false, record: null, state: {}, summarized: false};
    }
    if (!isPlainObject(v) || v.k !== 1) {
      return {ok: false, record: null, state: {}, summarized: false};
    }
    return {
      ok: true,
      record: isPlainObject(v.p) ? JSON.stringify(v.p) : null,
      state: isPlainObject(v.s) ? v.s : {},
      summarized: v.m === 1
    };
  }

  // ------------------------------------------------------------------ storage backed by the LMS

  /**
   * What the app's progress store uses instead of localStorage inside an LMS (BrowserStorage
   * prefers window.kappaStorage): the learner's record comes from and goes to the LMS, never to
   * this machine's storage, which other learners of a shared computer may use next.
   */
  function LmsStorage(initial, onProgress) {
    var items = {};
    if (initial !== null) {
      items[PROGRESS_KEY] = initial;
    }
    this.getItem = function (k) {
      return hasOwn(items, k) ? items[k] : null;
    };
    this.setItem = function (k, v) {
      items[String(k)] = String(v);
      if (k === PROGRESS_KEY) {
        onProgress(items[k]);
      }
    };
    this.removeItem = function (k) {
      delete items[k];
      if (k === PROGRESS_KEY) {
        onProgress(null);
      }
    };
    this.key = function (i) {
      var keys = Object.keys(items);
      return i >= 0 && i < keys.length ? keys[i] : null;
    };
    Object.defineProperty(this, 'length', {
      get: function () {
        return Object.keys(items).length;
      }
    });
  }

  // ------------------------------------------------------------------ the SCORM API

  var CMI = {
    scorm12: {
      init: 'LMSInitialize', finish: 'LMSFinish', get: 'LMSGetValue', set: 'LMSSetValue', commit: 'LMSCommit',
      error: 'LMSGetLastError',
      entry: 'cmi.core.entry', suspend: 'cmi.suspend_data', location: 'cmi.core.lesson_location',
      learnerId: 'cmi.core.student_id', learnerName: 'cmi.core.student_name',
      mastery: 'cmi.student_data.mastery_score', status: 'cmi.core.lesson_status',
      exit: 'cmi.core.exit', sessionTime: 'cmi.core.session_time',
      raw: 'cmi.core.score.raw', min: 'cmi.core.score.min', max: 'cmi.core.score.max'
    },
    scorm2004: {
      init: 'Initialize', finish: 'Terminate', get: 'GetValue', set: 'SetValue', commit: 'Commit',
      error: 'GetLastError',
      entry: 'cmi.entry', suspend: 'cmi.suspend_data', location: 'cmi.location',
      learnerId: 'cmi.learner_id', learnerName: 'cmi.learner_name',
      mastery: 'cmi.scaled_passing_score', completion: 'cmi.completion_status', success: 'cmi.success_status',
      progress: 'cmi.progress_measure', exit: 'cmi.exit', sessionTime: 'cmi.session_time',
      scaled: 'cmi.score.scaled', raw: 'cmi.score.raw', min: 'cmi.score.min', max: 'cmi.score.max'
    }
  };

  /** The usual search: up the parents of this window, then of its opener; 2004's API first. */
  function findApi() {
    var names = [['API_1484_11', 'scorm2004'], ['API', 'scorm12']];
    var starts = [root.parent !== root ? root.parent : null];
    try {
      starts.push(root.opener || null);
    } catch (e) {
      starts.push(null);
    }
    for (var n = 0; n < names.length; n++) {
      for (var s = 0; s < starts.length; s++) {
        var win = starts[s];
        for (var depth = 0; win && depth < 500; depth++) {
          try {
            var api = win[names[n][0]];
            if (api && typeof api === 'object') {
              return {api: api, version: names[n][1]};
            }
          } catch (e) {
            // A window of another origin: its API would be unusable anyway; keep climbing.
          }
          var up;
          try {
            up = win.parent;
          } catch (e) {
            up = null;
          }
          win = up && up !== win ? up : null;
        }
      }
    }
    return null;
  }

  /** One LMS conversation, with the version's function and element names behind one face. */
  function Lms(api, version) {
    this.api = api;
    this.version = version;
    this.names = CMI[version];
    this.cache = {};
  }

  Lms.prototype.call = function (fn, a, b) {
    try {
      return String(this.api[this.names[fn]](a, b));
    } catch (e) {
      return 'false';
    }
  };

  Lms.prototype.get = function (element) {
    var name = this.names[element];
    return name ? this.call('get', name) : '';
  };

  /** Sets a value unless it is already the last one set; true when the LMS accepted it. */
  Lms.prototype.set = function (element, value) {
    var name = this.names[element];
    if (!name || this.cache[name] === value) {
      return true;
    }
    var ok = this.call('set', name, value) === 'true';
    if (ok) {
      this.cache[name] = value;
    }
    return ok;
  };

  // ------------------------------------------------------------------ formats

  /** At most `places` decimals, no trailing zeros, no exponent (CMIDecimal and real(10,7) alike). */
  function decimal(x, places) {
    var f = Math.pow(10, places);
    var r = Math.round(x * f) / f;
    var s = r.toFixed(places);
    return s.indexOf('.') >= 0 ? s.replace(/0+$/, '').replace(/\.$/, '') : s;
  }

  /** SCORM 1.2 CMITimespan, HHHH:MM:SS.SS. */
  function timespan12(ms) {
    var cs = Math.round(ms / 10);
    var h = Math.floor(cs / 360000);
    var m = Math.floor(cs / 6000) % 60;
    var s = Math.floor(cs / 100) % 60;
    var c = cs % 100;
    return (h < 10 ? '000' : h < 100 ? '00' : h < 1000 ? '0' : '') + Math.min(h, 9999) + ':' + pad2(m) + ':' +
      pad2(s) + '.' + pad2(c);
  }

  function pad2(n) {
    return (n < 10 ? '0' : '') + n;
  }

  /** ISO 8601 duration, PT#H#M#.##S: SCORM 2004's timeinterval and xAPI's duration. */
  function isoDuration(ms) {
    var cs = Math.max(0, Math.round(ms / 10));
    var h = Math.floor(cs / 360000);
    var m = Math.floor(cs / 6000) % 60;
    var s = (cs % 6000) / 100;
    return 'PT' + (h ? h + 'H' : '') + (h || m ? m + 'M' : '') + decimal(s, 2) + 'S';
  }

  // ------------------------------------------------------------------ the SCO session

  /**
   * What the launched activity has earned, from its state in suspend data:
   * quiz — the best score of a finished attempt; exercise set — right answers among the first
   * `count` counted, passed as soon as they reach the pass mark, failed when all were used
   * without; lab and deck — completed once opened (lab) or once a review session ends (deck).
   */
  function outcome(activity, state, mastery) {
    if (activity.kind === 'quiz') {
      return {
        completed: !!state.done, scaled: state.done ? state.best || 0 : null,
        success: state.done ? ((state.best || 0) >= mastery ? 'passed' : 'failed') : null, progress: state.done ? 1 : 0
      };
    }
    if (activity.kind === 'exercise') {
      var attempts = state.attempts || 0;
      var scaled = Math.min(state.correct || 0, activity.count) / activity.count;
      var completed = attempts >= activity.count;
      return {
        completed: completed, scaled: attempts > 0 ? scaled : null,
        success: attempts > 0 && scaled >= mastery ? 'passed' : completed ? 'failed' : null,
        progress: Math.min(attempts, activity.count) / activity.count
      };
    }
    return {completed: !!state.done, scaled: null, success: null, progress: state.done ? 1 : 0};
  }

  function Session(lms, activity) {
    this.lms = lms;
    this.activity = activity;
    this.started = now();
    this.lastCommit = this.started;
    this.dirty = false;
    this.finished = false;
    this.timer = null;
    var restored = decodeSuspend(lms.get('suspend'));
    // Suspend data Kappa cannot read (another tool's, or a newer Kappa's) is left as it is.
    this.writable = restored.ok;
    this.state = restored.state;
    this.recordText = restored.record;
    this.summarizedAtStart = restored.summarized;
    this.mastery = this.readMastery();
  }

  /** The LMS's pass mark (from the manifest), else the launch address's, else 80 %. */
  Session.prototype.readMastery = function () {
    var v = parseFloat(this.lms.get('mastery'));
    if (this.lms.version === 'scorm12' && v >= 0 && v <= 100) {
      return v / 100;
    }
    if (this.lms.version === 'scorm2004' && v >= -1 && v <= 1) {
      return v;
    }
    return this.activity.mastery !== null ? this.activity.mastery : DEFAULT_MASTERY;
  };

  Session.prototype.saveSuspend = function () {
    if (!this.writable || this.finished) {
      return;
    }
    var encoded = encodeSuspend(this.recordText, this.state, this.activity, SUSPEND_LIMIT[this.lms.version]);
    html.setAttribute('data-kappa-lms-suspend', encoded.summarized ? 'summary' : 'full');
    if (this.lms.set('suspend', encoded.text)) {
      this.dirty = true;
      this.scheduleCommit();
    }
  };

  /** Writes the activity's status, score and progress; only changed values reach the LMS. */
  Session.prototype.report = function () {
    var o = outcome(this.activity, this.state, this.mastery);
    var lms = this.lms;
    if (o.scaled !== null) {
      if (lms.version === 'scorm2004') {
        lms.set('scaled', decimal(o.scaled, 7));
      }
      // raw, min and max as a percentage: what LMS gradebooks read from a SCO.
      lms.set('min', '0');
      lms.set('max', '100');
      lms.set('raw', decimal(o.scaled * 100, 2));
    }
    if (lms.version === 'scorm12') {
      lms.set('status', o.success || (o.completed ? 'completed' : 'incomplete'));
    } else {
      lms.set('completion', o.completed ? 'completed' : 'incomplete');
      lms.set('success', o.success || 'unknown');
      lms.set('progress', decimal(o.progress, 7));
    }
  };

  Session.prototype.commit = function () {
    if (this.finished) {
      return;
    }
    this.lms.call('commit', '');
    this.dirty = false;
    this.lastCommit = now();
    if (this.timer !== null) {
      root.clearTimeout(this.timer);
      this.timer = null;
    }
  };

  Session.prototype.scheduleCommit = function () {
    var self = this;
    if (this.timer === null) {
      this.timer = root.setTimeout(function () {
        self.timer = null;
        if (self.dirty) {
          self.commit();
        }
      }, Math.max(0, COMMIT_EVERY_MS - (now() - this.lastCommit)));
    }
  };

  /** An event of the app: only the launched activity's own events change what the LMS records. */
  Session.prototype.onActivity = function (ev) {
    var a = this.activity;
    if (ev.kind !== a.kind || ev.id !== a.id) {
      return;
    }
    var st = this.state;
    if (a.kind === 'quiz' && ev.verb === 'completed') {
      st.done = 1;
      st.best = Math.max(st.best || 0, ev.scaled || 0);
    } else if (a.kind === 'exercise' && ev.verb === 'answered') {
      st.attempts = (st.attempts || 0) + 1;
      st.correct = (st.correct || 0) + (ev.success ? 1 : 0);
    } else if ((a.kind === 'cards' && ev.verb === 'completed') || (a.kind === 'lab' && ev.verb === 'experienced')) {
      if (st.done) {
        return;
      }
      st.done = 1;
    } else {
      return;
    }
    this.saveSuspend();
    this.report();
    this.commit();
  };

  Session.prototype.onRoute = function (hash) {
    if (hash.length <= LOCATION_LIMIT[this.lms.version]) {
      this.lms.set('location', hash);
    }
  };

  /** Leaving: exit "suspend" keeps the record for the next launch; then the last commit and Terminate. */
  Session.prototype.finish = function () {
    if (this.finished) {
      return;
    }
    this.saveSuspend();
    this.lms.set('exit', 'suspend');
    var spent = now() - this.started;
    this.lms.set('sessionTime', this.lms.version === 'scorm12' ? timespan12(spent) : isoDuration(spent));
    this.lms.call('commit', '');
    this.finished = true;
    if (this.timer !== null) {
      root.clearTimeout(this.timer);
      this.timer = null;
    }
    this.lms.call('finish', '');
    html.setAttribute('data-kappa-lms-finished', 'true');
  };

  /** The route to open: where the learner was, if it is this activity's page, else the activity itself. */
  function startRoute(activity, saved) {
    var own = '#/' + activity.key;
    if (saved && (saved === own || saved.indexOf(own + '?') === 0)) {
      return saved;
    }
    return own;
  }

  /** Opens the activity's page when the address names no page of its own. */
  function openRoute(route) {
    var hash = root.location.hash;
    if (hash && hash !== '#' && hash !== '#/') {
      return;
    }
    try {
      root.history.replaceState(root.history.state, '', route);
    } catch (e) {
      root.location.hash = route.substring(1);
    }
  }

  function startScorm(activity) {
    var found = findApi();
    if (!found) {
      // A package opened outside an LMS: the plain site, showing the activity it was launched for.
      html.setAttribute('data-kappa-lms', 'none');
      openRoute('#/' + activity.key);
      return null;
    }
    var lms = new Lms(found.api, found.version);
    if (lms.call('init', '') !== 'true') {
      html.setAttribute('data-kappa-lms', 'error');
      return null;
    }
    var session = new Session(lms, activity);
    root.kappaStorage = new LmsStorage(session.recordText, function (text) {
      session.recordText = text;
      session.saveSuspend();
    });
    openRoute(startRoute(activity, lms.get('location')));
    html.setAttribute('data-kappa-lms', found.version);
    html.setAttribute('data-kappa-sco', activity.key);
    if (!session.writable) {
      html.setAttribute('data-kappa-lms-suspend', 'foreign');
    }
    if (session.writable) {
      session.report();
    }
    session.commit();
    var leave = function () {
      session.finish();
    };
    root.addEventListener('pagehide', leave);
    root.addEventListener('unload', leave);
    doc.addEventListener('visibilitychange', function () {
      if (doc.visibilityState === 'hidden' && session.dirty) {
        session.commit();
      }
    });
    // Inside the LMS, work done in a separate tab would not be recorded: no "Open in Kappa" link.
    var open = doc.querySelector('.open-in-kappa');
    if (open && open.parentNode) {
      open.parentNode.removeChild(open);
    }
    return session;
  }

  // ------------------------------------------------------------------ xAPI

  var xapi = {config: null, queue: [], sending: false, lmsActor: null};

  /** Where activity ids live: the host's activityBase, else this site's address + "xapi/". */
  function activityBase() {
    if (xapi.config && xapi.config.activityBase) {
      return xapi.config.activityBase;
    }
    var href = root.location.href.split('#')[0].split('?')[0];
    return href.substring(0, href.lastIndexOf('/') + 1) + 'xapi/';
  }

  function uuid() {
    var b = new Array(16);
    var c = root.crypto;
    if (c && c.getRandomValues) {
      var a = new Uint8Array(16);
      c.getRandomValues(a);
      for (var i = 0; i < 16; i++) {
        b[i] = a[i];
      }
    } else {
      for (var j = 0; j < 16; j++) {
        b[j] = Math.floor(Math.random() * 256);
      }
    }
    b[6] = (b[6] & 0x0f) | 0x40;
    b[8] = (b[8] & 0x3f) | 0x80;
    var hex = '';
    for (var k = 0; k < 16; k++) {
      hex += (b[k] < 16 ? '0' : '') + b[k].toString(16);
      if (k === 3 || k === 5 || k === 7 || k === 9) {
        hex += '-';
      }
    }
    return hex;
  }

  /** The actor: the host's, else the LMS's learner, else one anonymous account for everyone. */
  function actor() {
    if (xapi.config && xapi.config.actor) {
      return xapi.config.actor;
    }
    if (xapi.lmsActor) {
      return xapi.lmsActor;
    }
    return {objectType: 'Agent', account: {homePage: activityBase(), name: 'anonymous'}};
  }

  function masteryFor(ev) {
    if (session && session.activity.kind === ev.kind && session.activity.id === ev.id) {
      return session.mastery;
    }
    return xapi.config && typeof xapi.config.mastery === 'number' ? xapi.config.mastery : DEFAULT_MASTERY;
  }

  /**
   * The statement for one event. Verbs (ADL): a lab opened is "experienced"; an exercise checked
   * "answered"; a review session "completed"; a finished quiz "passed" or "failed" against the
   * pass mark. Quizzes score raw = questions right of max = questions, exercises 1 or 0 of 1.
   */
  function statementFor(ev, durationMs) {
    var verb = ev.verb;
    if (ev.kind === 'quiz' && verb === 'completed') {
      verb = (ev.scaled || 0) >= masteryFor(ev) ? 'passed' : 'failed';
    }
    var base = activityBase();
    var s = {
      id: uuid(),
      actor: actor(),
      verb: {id: ADL_VERBS + verb, display: {'en-US': verb}},
      object: {
        objectType: 'Activity',
        id: base + ev.kind + '/' + ev.id,
        definition: {name: {'en-US': activityName(ev.kind, ev.id)}, type: ADL_ACTIVITIES + ACTIVITY_TYPE[ev.kind]}
      },
      context: {platform: 'Kappa', language: html.getAttribute('lang') || 'en', extensions: {}},
      timestamp: new Date().toISOString()
    };
    s.context.extensions[base + 'extensions/engine'] = html.getAttribute('data-kappa-engine') || 'unknown';
    if (ev.seed !== null) {
      s.context.extensions[base + 'extensions/seed'] = ev.seed;
    }
    if (xapi.config && xapi.config.registration) {
      s.context.registration = xapi.config.registration;
    }
    if (ev.verb !== 'experienced') {
      var scaled = Math.max(0, Math.min(1, ev.scaled || 0));
      var result = {score: {scaled: Number(decimal(scaled, 4))}, duration: isoDuration(durationMs)};
      if (ev.kind === 'quiz') {
        var quiz = contentEntry('quiz', ev.id);
        var n = quiz && quiz.questions instanceof Array ? quiz.questions.length : 0;
        if (n > 0) {
          result.score.raw = Math.round(scaled * n);
          result.score.min = 0;
          result.score.max = n;
        }
        result.success = verb === 'passed';
        result.completion = true;
      } else if (ev.kind === 'exercise') {
        result.score.raw = ev.success ? 1 : 0;
        result.score.min = 0;
        result.score.max = 1;
        result.success = !!ev.success;
      } else {
        result.completion = true;
      }
      s.result = result;
    }
    return s;
  }

  function framed() {
    return root.parent && root.parent !== root;
  }

  function postToHost(message) {
    if (framed() && html.getAttribute('data-kappa-mode') === 'embed') {
      try {
        root.parent.postMessage(message, '*');
      } catch (e) {
        // A host that refuses messages does not stop the learner.
      }
    }
  }

  /**
   * Posts a statement to the host page and, once an LRS is configured, queues it for sending.
   * Statements made before the handshake go to the host page only: they were made for an
   * anonymous learner under the default activity ids, not for the host's learner and LRS.
   */
  function emit(statement) {
    postToHost({type: 'kappa:xapi', statement: statement});
    if (!xapi.config) {
      return;
    }
    xapi.queue.push(statement);
    if (xapi.queue.length > QUEUE_LIMIT) {
      xapi.queue.shift();
    }
    sendQueued();
  }

  /** Sends what is queued to the host-configured LRS; without a configuration nothing leaves the page. */
  function sendQueued() {
    var config = xapi.config;
    if (!config || xapi.sending || xapi.queue.length === 0 || typeof root.fetch !== 'function') {
      return;
    }
    var batch = xapi.queue.splice(0, xapi.queue.length);
    xapi.sending = true;
    var done = function (ok, status) {
      xapi.sending = false;
      postToHost({type: 'kappa:xapi-sent', ok: ok, status: status, count: batch.length});
      if (ok) {
        sendQueued();
      }
    };
    root.fetch(config.endpoint + 'statements', {
      method: 'POST',
      credentials: 'omit',
      keepalive: true,
      headers: {
        'Content-Type': 'application/json',
        'X-Experience-API-Version': '1.0.3',
        'Authorization': config.auth
      },
      body: JSON.stringify(batch)
    }).then(function (response) {
      done(response.ok, response.status);
    }, function () {
      done(false, 0);
    });
  }

  function isLoopback(host) {
    return host === 'localhost' || host === '127.0.0.1' || host === '[::1]';
  }

  /** An absolute https address (http only on this machine), ending in '/'; null when it is not one. */
  function endpointUrl(v) {
    if (typeof v !== 'string' || v.length > 2000) {
      return null;
    }
    var m = /^(https?):\/\/([^\/?#\s]+)(\/[^?#\s]*)?$/.exec(v);
    if (!m || (m[1] === 'http' && !isLoopback(m[2].replace(/:\d+$/, '')))) {
      return null;
    }
    return /\/$/.test(v) ? v : v + '/';
  }

  function validActor(a) {
    if (!isPlainObject(a) || (a.objectType !== undefined && a.objectType !== 'Agent')) {
      return null;
    }
    var out = {objectType: 'Agent'};
    if (typeof a.name === 'string' && a.name.length <= 200) {
      out.name = a.name;
    }
    if (typeof a.mbox === 'string' && /^mailto:[^@\s]+@[^@\s]+$/.test(a.mbox)) {
      out.mbox = a.mbox;
    } else if (typeof a.mbox_sha1sum === 'string' && /^[0-9a-f]{40}$/.test(a.mbox_sha1sum)) {
      out.mbox_sha1sum = a.mbox_sha1sum;
    } else if (isPlainObject(a.account) && typeof a.account.name === 'string' && a.account.name &&
        typeof a.account.homePage === 'string' && /^https?:\/\/\S+$/.test(a.account.homePage)) {
      out.account = {homePage: a.account.homePage, name: a.account.name};
    } else {
      return null;
    }
    return out;
  }

  /**
   * The handshake: {type: "kappa:xapi-config", endpoint, auth, actor?, activityBase?, registration?,
   * mastery?} from the window that frames this one. Answered with {type: "kappa:xapi-config-result",
   * ok, message}. Credentials stay in memory for this page only.
   */
  function onHostMessage(event) {
    var d = event.data;
    if (!isPlainObject(d) || d.type !== 'kappa:xapi-config' || !framed() || event.source !== root.parent) {
      return;
    }
    var reply = function (ok, message) {
      try {
        root.parent.postMessage({type: 'kappa:xapi-config-result', ok: ok, message: message}, '*');
      } catch (e) {
        // nothing more to say
      }
    };
    var endpoint = endpointUrl(d.endpoint);
    if (!endpoint) {
      reply(false, 'endpoint must be an absolute https address (http only on localhost)');
      return;
    }
    if (typeof d.auth !== 'string' || !d.auth || d.auth.length > 4000 || /[\r\n]/.test(d.auth)) {
      reply(false, 'auth must be the Authorization header value, e.g. "Basic …"');
      return;
    }
    var config = {endpoint: endpoint, auth: d.auth};
    if (d.actor !== undefined) {
      config.actor = validActor(d.actor);
      if (!config.actor) {
        reply(false, 'actor must be an xAPI Agent with mbox, mbox_sha1sum or account');
        return;
      }
    }
    if (d.activityBase !== undefined) {
      if (typeof d.activityBase !== 'string' || !/^[a-z][a-z0-9+.-]*:\S*\/$/i.test(d.activityBase)) {
        reply(false, 'activityBase must be an absolute IRI ending in "/"');
        return;
      }
      config.activityBase = d.activityBase;
    }
    if (typeof d.registration === 'string' &&
        /^[0-9a-f]{8}-[0-9a-f]{4}-[1-5][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i.test(d.registration)) {
      config.registration = d.registration.toLowerCase();
    }
    if (typeof d.mastery === 'number' && d.mastery >= 0 && d.mastery <= 1) {
      config.mastery = d.mastery;
    }
    xapi.config = config;
    html.setAttribute('data-kappa-xapi', 'configured');
    reply(true, 'statements will be sent to ' + endpoint + 'statements');
    sendQueued();
  }

  // ------------------------------------------------------------------ events from the app

  var routeStartedAt = now();
  var lastLab = null;

  function record(verb, object, score, success) {
    var parsed = parseObject(object);
    if (!parsed) {
      return;
    }
    var ev = {verb: verb, kind: parsed.kind, id: parsed.id, seed: parsed.seed,
      scaled: typeof score === 'number' && isFinite(score) ? score : null, success: success === true};
    var spent = now() - routeStartedAt;
    routeStartedAt = now();
    if (session) {
      session.onActivity(ev);
    }
    emit(statementFor(ev, spent));
  }

  /** Opening a lab is "experienced"; the app has no event for it, so the route says it. */
  function onRoute() {
    routeStartedAt = now();
    if (html.getAttribute('data-kappa-ready') !== 'true') {
      return;
    }
    var hash = root.location.hash;
    if (session) {
      session.onRoute(hash);
    }
    var m = /^#\/lab\/([a-z0-9-]{1,64})(?:\?|$)/.exec(hash);
    var lab = m && contentEntry('lab', m[1]) ? m[1] : null;
    if (lab && lab !== lastLab) {
      record('experienced', 'lab/' + lab, null, null);
    }
    lastLab = lab;
  }

  var session = null;
  var activity = launchedActivity();
  if (activity) {
    session = startScorm(activity);
    if (session) {
      var id = session.lms.get('learnerId');
      if (id) {
        var origin = root.location.protocol + '//' + root.location.host + '/';
        xapi.lmsActor = {objectType: 'Agent', account: {homePage: /^https?:/.test(origin) ? origin : activityBase(),
          name: id}};
        var name = session.lms.get('learnerName');
        if (name) {
          xapi.lmsActor.name = name;
        }
      }
    }
  }

  root.kappaActivity = function (verb, object, score, success) {
    try {
      record(verb, object, score, success);
    } catch (e) {
      // Reporting must never break the learner's page.
    }
  };
  root.addEventListener('message', onHostMessage);
  root.addEventListener('hashchange', onRoute);
  if (typeof MutationObserver === 'function') {
    new MutationObserver(onRoute).observe(html, {attributes: true, attributeFilter: ['data-kappa-ready']});
  }

  /** For the tests and for curious hosts: the pure parts, and what this page is doing. */
  root.kappaCourse = {
    encodeSuspend: encodeSuspend,
    decodeSuspend: decodeSuspend,
    suspendLimit: SUSPEND_LIMIT,
    isoDuration: isoDuration,
    timespan12: timespan12,
    statementFor: function (verb, object, score, success, durationMs) {
      var p = parseObject(object);
      return p ? statementFor({verb: verb, kind: p.kind, id: p.id, seed: p.seed, scaled: score, success: success},
        durationMs || 0) : null;
    },
    lms: function () {
      return session ? {version: session.lms.version, mastery: session.mastery, state: session.state} : null;
    }
  };
}(window));
