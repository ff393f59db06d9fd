// The Cite panel's Copy buttons (served by quotes.guards from quotes/static: pages carry no inline script).
// Copy puts both forms on the clipboard: HTML (italics kept, for word processors) and plain text.
document.querySelectorAll("button.cite-copy").forEach(function (button) {
  button.addEventListener("click", function () {
    var node = document.getElementById(button.dataset.copy);
    var done = function () { button.textContent = "Copied"; };
    var plain = function () { return navigator.clipboard.writeText(node.innerText).then(done); };
    if (window.ClipboardItem && navigator.clipboard.write) {
      var item = new ClipboardItem({
        "text/html": new Blob([node.innerHTML], {type: "text/html"}),
        "text/plain": new Blob([node.innerText], {type: "text/plain"})
      });
      navigator.clipboard.write([item]).then(done, plain);
    } else {
      plain();
    }
  });
});
