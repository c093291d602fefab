/*
 * The test LMS: puts scorm-again's SCORM 1.2 or 2004 API on this window, launches a SCO of an
 * unzipped Kappa package in an iframe, logs every call the SCO makes, and keeps what the SCO
 * stored (its "database", in this origin's localStorage under lms-db:<db>) for the next launch.
 *
 *   host.html?v=12|2004&launch=<address from the manifest>&engine=js|wasm&db=<name>&mastery=<percent>
 *
 * window.lmsExit() closes the SCO the way an LMS does (removes its frame); window.lmsLog holds the
 * calls; window.lmsDb the stored values; window.lmsFinished turns true after LMSFinish/Terminate.
 */
(function () {
  'use strict';
  function param(name) {
    var m = new RegExp('[?&]' + name + '=([^&]*)').exec(location.search);
    return m ? decodeURIComponent(m[1]) : null;
  }
  var v12 = param('v') === '12';
  var dbKey = 'lms-db:' + param('db');
  var names = v12
      ? {init: 'LMSInitialize', finish: 'LMSFinish', get: 'LMSGetValue', set: 'LMSSetValue', commit: 'LMSCommit', error: 'LMSGetLastError'}
      : {init: 'Initialize', finish: 'Terminate', get: 'GetValue', set: 'SetValue', commit: 'Commit', error: 'GetLastError'};
  // Elements an LMS keeps from one launch to the next (write-only ones such as exit are logged only).
  var kept = v12
      ? ['cmi.suspend_data', 'cmi.core.lesson_location', 'cmi.core.lesson_status', 'cmi.core.score.raw',
         'cmi.core.score.min', 'cmi.core.score.max']
      : ['cmi.suspend_data', 'cmi.location', 'cmi.completion_status', 'cmi.success_status', 'cmi.score.scaled',
         'cmi.score.raw', 'cmi.score.min', 'cmi.score.max', 'cmi.progress_measure'];
  window.lmsLog = [];
  window.lmsFinished = false;
  window.lmsDb = JSON.parse(localStorage.getItem(dbKey) || '{}');

  function start() {
    var Api = v12 ? window.Scorm12API : window.Scorm2004API;
    var api = new Api({logLevel: 5, autocommit: false});
    var initial = {};
    var prefix = v12 ? 'cmi.core.' : 'cmi.';
    initial[prefix + (v12 ? 'student_id' : 'learner_id')] = 'learner-42';
    initial[prefix + (v12 ? 'student_name' : 'learner_name')] = 'Doe, Jane';
    var mastery = parseInt(param('mastery'), 10);
    if (mastery >= 0) {
      // What an LMS reads from adlcp:masteryscore / imsss:minNormalizedMeasure.
      initial[v12 ? 'cmi.student_data.mastery_score' : 'cmi.scaled_passing_score'] = v12 ? String(mastery)
          : String(mastery / 100);
    }
    var hasDb = false;
    kept.forEach(function (k) {
      if (window.lmsDb[k] !== undefined) {
        initial[k] = window.lmsDb[k];
        hasDb = true;
      }
    });
    initial[v12 ? 'cmi.core.entry' : 'cmi.entry'] = hasDb && window.lmsDb.exit === 'suspend' ? 'resume' : 'ab-initio';
    api.loadFromFlattenedJSON(initial);
    var lastError = api[names.error];
    Object.keys(names).forEach(function (fn) {
      if (fn === 'error') {
        return;
      }
      var original = api[names[fn]];
      api[names[fn]] = function (a, b) {
        var result = original.call(api, a, b);
        window.lmsLog.push({fn: fn, element: a === undefined ? null : String(a),
          value: b === undefined ? null : String(b), result: String(result), error: String(lastError.call(api))});
        if (fn === 'set' && String(result) === 'true') {
          if (kept.indexOf(a) >= 0) {
            window.lmsDb[a] = String(b);
          } else if (a === 'cmi.core.exit' || a === 'cmi.exit') {
            window.lmsDb.exit = String(b);
          }
        }
        if (fn === 'finish' && String(result) === 'true') {
          localStorage.setItem(dbKey, JSON.stringify(window.lmsDb));
          window.lmsFinished = true;
        }
        return result;
      };
    });
    window[v12 ? 'API' : 'API_1484_11'] = api;
    var frame = document.createElement('iframe');
    frame.id = 'sco';
    frame.title = 'SCO';
    frame.style.width = '900px';
    frame.style.height = '1200px';
    frame.src = param('launch') + '&engine=' + param('engine');
    document.getElementById('stage').appendChild(frame);
  }

  window.lmsExit = function () {
    var frame = document.getElementById('sco');
    if (frame) {
      frame.parentNode.removeChild(frame);
    }
  };

  document.write('<script src="' + (v12 ? 'scorm12.min.js' : 'scorm2004.min.js') + '"><\/script>');
  window.addEventListener('DOMContentLoaded', start);
}());
