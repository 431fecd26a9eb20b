// Live reload for `book serve` (injected into pages only by the server, never written to a build):
// reloads the page when the server has rebuilt it, shows the build's errors over the page meanwhile.
(function () {
  "use strict";
  var path = decodeURIComponent(location.pathname.replace(/^\/+/, "")) || "index.html";
  var version = null;
  function show(overlay) {
    var old = document.getElementById("bookbuilder-overlay");
    if (old) { old.remove(); }
    if (overlay) { document.body.insertAdjacentHTML("beforeend", overlay); }
  }
  var events = new EventSource("/_bookbuilder/events");
  events.addEventListener("hello", function (e) {
    var state = JSON.parse(e.data);
    if (version !== null && state.version !== version) { location.reload(); return; } // rebuilt while we were away
    version = state.version;
    show(state.overlay);
  });
  events.addEventListener("rebuilt", function (e) {
    var state = JSON.parse(e.data);
    version = state.version;
    var mine = state.changed.some(function (f) { return f === path || !/\.html$/.test(f); });
    if (mine) { location.reload(); } else { show(""); }
  });
  events.addEventListener("problems", function (e) {
    var state = JSON.parse(e.data);
    version = state.version;
    show(state.overlay);
  });
})();
