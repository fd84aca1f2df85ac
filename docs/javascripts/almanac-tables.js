/* A table wider than the screen (区县数据对比 on a phone) says so: a hint above it,
 * and the stylesheet's shadow at the edge that hides columns (almanac.css).
 * Runs on the page only (no request); re-checked when the window changes size. */
(function () {
  "use strict";

  function scroller(table) {
    return table.closest(".md-typeset__scrollwrap") || table;
  }

  function mark() {
    document.querySelectorAll("article table").forEach(function (table) {
      var box = scroller(table);
      var hint = box.previousElementSibling;
      var wide = box.scrollWidth > box.clientWidth + 1;
      if (!(hint && hint.classList.contains("almanac-scroll-hint"))) {
        if (!wide) return;
        hint = document.createElement("p");
        hint.className = "almanac-scroll-hint";
        hint.textContent = "表格较宽，左右滑动可看其余各列 →";
        box.parentNode.insertBefore(hint, box);
      }
      hint.hidden = !wide;
      box.classList.toggle("almanac-wide", wide);
    });
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", mark);
  else mark();
  window.addEventListener("resize", mark);
})();
