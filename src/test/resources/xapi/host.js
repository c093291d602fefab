/*
 * The test course page for Kappa's xAPI tests: frames ?src=<widget address>, keeps every message
 * the widget posts in window.hostMessages, and window.configure(config) performs the documented
 * handshake ({type: "kappa:xapi-config", …} posted to the widget).
 */
(function () {
  'use strict';
  window.hostMessages = [];
  window.addEventListener('message', function (event) {
    window.hostMessages.push(event.data);
  });
  var m = /[?&]src=([^&]*)/.exec(location.search);
  var frame = document.createElement('iframe');
  frame.id = 'widget';
  frame.title = 'Kappa widget';
  frame.style.width = '900px';
  frame.style.height = '1100px';
  frame.src = decodeURIComponent(m[1]);
  document.getElementById('stage').appendChild(frame);
  window.configure = function (config) {
    var message = {type: 'kappa:xapi-config'};
    Object.keys(config).forEach(function (k) {
      message[k] = config[k];
    });
    frame.contentWindow.postMessage(message, '*');
  };
}());
