/**
 * The test host's stand-in for the Electron preload: the same `window.hearth.invoke`, carried
 * over fetch to the host on the same origin instead of over IPC.
 */
export const INVOKE_PREFIX = '/__hearth/invoke/'

export const BRIDGE_SCRIPT = `'use strict';
window.hearth = Object.freeze({
  // No shell here, so no global shortcuts: in-page keys still work.
  onCommand: function () { return function () {} },
  invoke: function (channel, args) {
    return fetch('${INVOKE_PREFIX}' + encodeURIComponent(channel), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(args === undefined ? {} : args)
    }).then(function (response) { return response.json() })
  }
});
`
