/* 引用本文: the reader's access date in a web reference, the page's absolute
 * address where the build knew none, and a one-click copy of the reference.
 *
 * Everything runs on the page itself (no request, so it works offline and from
 * the file system). The build stays deterministic: the date and the address are
 * the reader's, filled in here, never written into the HTML.
 */
(function () {
  "use strict";

  function today() {
    var d = new Date();
    function two(n) { return (n < 10 ? "0" : "") + n; }
    return d.getFullYear() + "-" + two(d.getMonth() + 1) + "-" + two(d.getDate());
  }

  function base() {
    var config = {};
    try { config = JSON.parse(document.getElementById("__config").textContent); } catch (e) { /* no Material config */ }
    return new URL((config.base || ".") + "/", location.href);
  }

  // Copy with the Clipboard API where the page may use it, else through a selection
  // (file:// pages and older browsers); resolves to true when the text was copied.
  function copy(text) {
    function fallback() {
      var box = document.createElement("textarea");
      box.value = text;
      box.setAttribute("readonly", "");
      box.className = "almanac-cite__buffer";
      document.body.appendChild(box);
      box.select();
      var done = false;
      try { done = document.execCommand("copy"); } catch (e) { done = false; }
      box.remove();
      return done;
    }
    if (navigator.clipboard && window.isSecureContext) {
      return navigator.clipboard.writeText(text).then(function () { return true; }, fallback);
    }
    return Promise.resolve(fallback());
  }

  function setup(block) {
    var ref = block.querySelector(".almanac-cite__text");
    if (!ref) return;
    Array.prototype.forEach.call(ref.querySelectorAll(".almanac-cite__accessed"), function (span) {
      span.textContent = today();
    });
    // A site-root path (a build without site_url): the address this page is read at.
    var url = ref.querySelector(".almanac-cite__url");
    if (url && /^\//.test(url.textContent) && /^https?:$/.test(location.protocol)) {
      url.textContent = new URL(url.textContent.replace(/^\//, ""), base()).href;
    }
    var button = document.createElement("button");
    button.type = "button";
    button.className = "md-button almanac-cite__copy";
    button.textContent = "复制引文";
    var status = document.createElement("span");
    status.className = "almanac-cite__status";
    status.setAttribute("role", "status");
    button.addEventListener("click", function () {
      copy(ref.textContent.replace(/\s+/g, " ").trim()).then(function (done) {
        status.textContent = done ? "已复制" : "复制失败，请手动选择文字复制";
        block.setAttribute("data-copied", done ? "yes" : "no");
      });
    });
    ref.parentNode.insertBefore(button, ref.nextSibling);
    button.parentNode.insertBefore(status, button.nextSibling);
  }

  function init() {
    Array.prototype.forEach.call(document.querySelectorAll("article .almanac-cite"), setup);
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init);
  else init();
})();
