// Injected into a page of the EPUB, which harness.html shows in a frame: posts the size of every
// small link a reader taps (note references, citation numbers, index locators, back-links).
window.addEventListener('load', function () {
  var links = document.querySelectorAll('a.footnote-ref, .citation a, .book-index a, .ref-cited-by a, a.footnote-backref');
  var sizes = [];
  for (var i = 0; i < links.length; i++) {
    var r = links[i].getBoundingClientRect();
    if (r.width === 0 && r.height === 0) continue;
    sizes.push({text: links[i].textContent, width: Math.round(r.width * 10) / 10, height: Math.round(r.height * 10) / 10});
  }
  parent.postMessage(JSON.stringify({width: document.documentElement.clientWidth, links: sizes}), '*');
});
