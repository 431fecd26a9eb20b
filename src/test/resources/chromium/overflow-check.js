// Injected into a page of the EPUB, which harness.html shows in a frame of the width under
// test: after layout, lists the outermost elements that stick out of the viewport and are not inside
// a container that scrolls sideways, and posts the report to the harness.
window.addEventListener('load', function () {
  var width = document.documentElement.clientWidth;
  function scrolls(el) {
    var o = getComputedStyle(el).overflowX;
    return (o === 'auto' || o === 'scroll' || o === 'hidden') && el.getBoundingClientRect().right <= width + 0.5;
  }
  function insideScroller(el) {
    for (var p = el.parentElement; p && p !== document.body; p = p.parentElement) {
      if (scrolls(p)) return true;
    }
    return false;
  }
  function name(el) {
    var text = (el.getAttribute('aria-label') || el.textContent || '').replace(/\s+/g, ' ').trim().slice(0, 40);
    return el.localName + (el.getAttribute('class') ? '.' + el.getAttribute('class').split(' ').join('.') : '') + ' "' + text + '"';
  }
  var faults = [];
  var outermost = [];
  function reported(el) {
    for (var j = 0; j < outermost.length; j++) if (outermost[j].contains(el)) return true;
    return false;
  }
  var all = document.body.getElementsByTagName('*');
  for (var i = 0; i < all.length; i++) {
    var el = all[i];
    var r = el.getBoundingClientRect();
    if (r.width === 0 && r.height === 0) continue;
    if (r.right <= width + 0.5 && r.left >= -0.5) continue;
    if (insideScroller(el) || reported(el)) continue;
    outermost.push(el);
    faults.push(name(el) + ' spans ' + Math.round(r.left) + '..' + Math.round(r.right));
  }
  parent.postMessage(JSON.stringify({width: width, scrollWidth: document.documentElement.scrollWidth, faults: faults}), '*');
});
