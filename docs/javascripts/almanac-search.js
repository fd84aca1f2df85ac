/* Chinese search for the almanac, in Material's header search box.
 *
 * Reads the index written by generator/search/ (search/manifest.json,
 * search/shards/<n>.json, search/docs/<chunk>.json; search/bundle.js in the
 * offline edition, where fetch() from file:// is refused). For each query term
 * only the shards holding its character bigrams are fetched; the candidate pages
 * they give are then VERIFIED by exact substring in each section, so a result
 * always contains the term (教联体 never matches 教联 … 联体). Terms separated by
 * spaces must all occur in the same section. Only a first batch of candidate
 * document chunks is fetched (title and heading hits first); "更多结果" fetches
 * the next, so a common term costs the same few hundred KB at any corpus size.
 * The folding, key and hash rules must stay identical to the Python side.
 */
(function () {
  "use strict";

  var FIRST_CHUNKS = 12;  // candidate document chunks (≈ 3,000 characters each) fetched first
  var MORE_CHUNKS = 12;   // … and for each further round or "更多结果"
  var MIN_RESULTS = 10;   // keep fetching rounds until this many pages are found (or none left)
  var MAX_FIRST = 48;     // never fetch more chunks than this for one query on its own
  var MAX_SECTIONS = 3;   // sections shown per page
  var ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
  var RUN = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+|[a-z0-9]+/g;
  var LATIN = /[a-z0-9]/;

  function fold(text) {
    // Full-width letters/digits → ASCII, ASCII upper → lower; never changes the length.
    return text.replace(/[\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A]/g, function (c) {
      return String.fromCharCode(c.charCodeAt(0) - 0xFEE0);
    }).replace(/[A-Z]/g, function (c) { return c.toLowerCase(); });
  }

  function queryKeys(term) {
    var keys = [];
    (fold(term).match(RUN) || []).forEach(function (run) {
      var grams = [];
      for (var i = 0; i + 1 < run.length; i++) grams.push(run.slice(i, i + 2));
      if (!grams.length) grams.push(run);
      grams.forEach(function (g) { if (keys.indexOf(g) < 0) keys.push(g); });
    });
    return keys;
  }

  function shardOf(key, shards) {
    var h = 0x811c9dc5;
    for (var i = 0; i < key.length; i++) {
      h ^= key.charCodeAt(i);
      h = Math.imul(h, 0x01000193) >>> 0;
    }
    h ^= h >>> 16;
    h = Math.imul(h, 0x85ebca6b) >>> 0;
    h ^= h >>> 13;
    h = Math.imul(h, 0xc2b2ae35) >>> 0;
    h ^= h >>> 16;
    return (h >>> 0) % shards;
  }

  function decodeIds(code) {
    var ids = [], value = 0, previous = -1;
    for (var i = 0; i < (code || "").length; i++) {
      var digit = ALPHABET.indexOf(code[i]);
      value = value * 32 + (digit & 31);
      if (digit < 32) { previous += value + 1; ids.push(previous); value = 0; }
    }
    return ids;
  }

  // Start offsets of term in text (folded); a Latin term must start a word (ai ∉ said).
  function positions(text, term) {
    var hay = fold(text), needle = fold(term), out = [];
    if (!needle) return out;
    var latin = LATIN.test(needle[0]);
    for (var at = hay.indexOf(needle); at >= 0; at = hay.indexOf(needle, at + 1)) {
      if (!(latin && at > 0 && LATIN.test(hay[at - 1]))) out.push(at);
    }
    return out;
  }

  function escapeHtml(text) {
    return text.replace(/[&<>"']/g, function (c) {
      return { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }[c];
    });
  }

  // text with every occurrence of every term wrapped in <mark> (whole term, never one character of it).
  function highlight(text, terms) {
    var spans = [];
    terms.forEach(function (term) {
      positions(text, term).forEach(function (at) { spans.push([at, at + term.length]); });
    });
    spans.sort(function (a, b) { return a[0] - b[0] || b[1] - a[1]; });
    var html = "", cursor = 0;
    spans.forEach(function (span) {
      if (span[1] <= cursor) return;
      var start = Math.max(span[0], cursor);
      html += escapeHtml(text.slice(cursor, start)) + "<mark>" + escapeHtml(text.slice(start, span[1])) + "</mark>";
      cursor = span[1];
    });
    return html + escapeHtml(text.slice(cursor));
  }

  // A short excerpt of text around the first occurrence of each term.
  function snippet(text, terms) {
    text = text.replace(/\s*\n\s*/g, " ");
    var windows = [];
    terms.forEach(function (term) {
      var at = positions(text, term)[0];
      if (at === undefined) return;
      if (windows.some(function (w) { return at >= w[0] && at + term.length <= w[1]; })) return;
      var start = Math.max(0, at - 12);
      windows.push([start, Math.min(text.length, Math.max(at + term.length, start + (terms.length > 1 ? 50 : 90)))]);
    });
    if (!windows.length) windows.push([0, Math.min(text.length, 90)]);
    windows.sort(function (a, b) { return a[0] - b[0]; });
    return windows.map(function (w) {
      return (w[0] > 0 ? "…" : "") + text.slice(w[0], w[1]) + (w[1] < text.length ? "…" : "");
    }).join(" ");
  }

  // ------------------------------------------------------------------ loading

  var config = {};
  try { config = JSON.parse(document.getElementById("__config").textContent); } catch (e) { /* no Material config */ }
  var BASE = new URL((config.base || ".") + "/", location.href);
  var OFFLINE = location.protocol === "file:";
  var files = {};
  var bundle = null;
  var manifest = null;

  function loadBundle() {
    if (!bundle) {
      bundle = new Promise(function (resolve, reject) {
        var script = document.createElement("script");
        script.src = new URL("search/bundle.js", BASE).href;
        script.onload = function () { resolve(window.__almanacSearchBundle); };
        script.onerror = function () { reject(new Error("search/bundle.js")); };
        document.head.appendChild(script);
      });
    }
    return bundle;
  }

  function getJSON(name) {
    if (!files[name]) {
      if (OFFLINE) {
        files[name] = loadBundle().then(function (all) {
          if (!(name in all)) throw new Error("search/" + name);
          return all[name];
        });
      } else {
        var version = name === "manifest.json" ? Date.now() : manifest.build;
        files[name] = fetch(new URL("search/" + name + "?v=" + version, BASE).href).then(function (r) {
          if (!r.ok) throw new Error("search/" + name + ": " + r.status);
          return r.json();
        });
      }
      files[name].catch(function () { delete files[name]; });
    }
    return files[name];
  }

  function loadManifest() {
    return getJSON("manifest.json").then(function (m) { manifest = m; return m; });
  }

  // ------------------------------------------------------------------ searching

  function parseQuery(query) {
    var terms = [];
    query.trim().split(/\s+/).forEach(function (t) {
      if (t && terms.indexOf(t) < 0) terms.push(t);
    });
    return terms;
  }

  // Candidate chunk ids: those with every key of every term, title/heading hits first.
  function candidates(terms) {
    return loadManifest().then(function (m) {
      var keysByTerm = terms.map(queryKeys);
      if (keysByTerm.some(function (keys) { return !keys.length; })) return [];
      var shardNames = {};
      keysByTerm.forEach(function (keys) {
        keys.forEach(function (key) { shardNames["shards/" + shardOf(key, m.shards) + ".json"] = true; });
      });
      var names = Object.keys(shardNames);
      return Promise.all(names.map(getJSON)).then(function (shards) {
        var byName = {};
        names.forEach(function (n, i) { byName[n] = shards[i]; });
        var chunks = null, rank = {};
        keysByTerm.forEach(function (keys) {
          var shardFor = function (key) { return byName["shards/" + shardOf(key, m.shards) + ".json"]; };
          keys.forEach(function (key) {
            var set = {};
            decodeIds(shardFor(key)[key]).forEach(function (id) { set[id] = true; });
            chunks = chunks === null ? Object.keys(set).map(Number) : chunks.filter(function (id) { return set[id]; });
          });
          // Chunks whose page title (2) or a heading (1) has every key of this term come first.
          [["^", 1], ["#", 2]].forEach(function (kind) {
            var hit = null;
            keys.forEach(function (key) {
              var ids = {};
              decodeIds(shardFor(key)[kind[0] + key]).forEach(function (id) { ids[id] = true; });
              hit = hit === null ? Object.keys(ids).map(Number) : hit.filter(function (id) { return ids[id]; });
            });
            (hit || []).forEach(function (id) { rank[id] = Math.max(rank[id] || 0, kind[1]); });
          });
        });
        return (chunks || []).sort(function (a, b) {
          return (rank[b] || 0) - (rank[a] || 0) || a - b;
        });
      });
    });
  }

  // A piece's score for the terms; 0 if it does not contain every term.
  function scorePiece(page, heading, text, terms) {
    var hay = heading + "\n" + text;
    if (!terms.every(function (t) { return positions(hay, t).length; })) return 0;
    var score = 0;
    terms.forEach(function (t) {
      if (positions(page.t, t).length) score += 100;
      if (positions(heading, t).length) score += 40;
      score += 2 * Math.min(10, positions(text, t).length);
    });
    return score;
  }

  function Search(terms) {
    this.terms = terms;
    this.order = null;   // candidate chunk ids, likeliest first
    this.next = 0;       // chunks fetched so far
    this.pages = {};     // page id → {id, page, sections: {anchor → best piece}, titleOnly}
    this.results = [];
  }

  Search.prototype.add = function (chunk) {
    var self = this;
    chunk.s.forEach(function (piece) {
      var pid = piece[0], page = chunk.p[pid];
      var entry = self.pages[pid] || (self.pages[pid] = { id: pid, page: page, sections: {}, fallback: null });
      var score = scorePiece(page, piece[2], piece[3], self.terms);
      if (score) {
        var known = entry.sections[piece[1]];
        if (!known || known.score < score) {
          entry.sections[piece[1]] = { anchor: piece[1], heading: piece[2], text: piece[3], score: score };
        }
      } else if (!entry.fallback && self.terms.every(function (t) { return positions(page.t, t).length; })) {
        entry.fallback = { anchor: "", heading: "", text: piece[3], score: 100 * self.terms.length };
      }
    });
  };

  Search.prototype.rank = function () {
    var results = [];
    Object.keys(this.pages).forEach(function (pid) {
      var entry = this.pages[pid];
      var sections = Object.keys(entry.sections).map(function (a) { return entry.sections[a]; });
      if (!sections.length && entry.fallback) sections = [entry.fallback];
      if (!sections.length) return;
      sections.sort(function (a, b) { return b.score - a.score; });
      var total = sections.reduce(function (sum, m) { return sum + m.score; }, 0);
      // Articles before the listing pages that quote them (district, theme, glossary pages).
      var bonus = entry.page.a ? 60 : 0;
      results.push({ id: +pid, page: entry.page, sections: sections, score: sections[0].score + Math.min(20, total / 10) + bonus });
    }, this);
    results.sort(function (a, b) { return b.score - a.score || a.id - b.id; });
    this.results = results;
  };

  Search.prototype.fetchMore = function (count) {
    var self = this;
    var ids = self.order.slice(self.next, self.next + count);
    self.next += ids.length;
    return Promise.all(ids.map(function (id) { return getJSON("docs/" + id + ".json"); })).then(function (chunks) {
      chunks.forEach(function (chunk) { self.add(chunk); });
      self.rank();
    });
  };

  Search.prototype.start = function () {
    var self = this;
    return candidates(self.terms).then(function (order) {
      self.order = order;
      function round() {
        if (self.next >= self.order.length || self.next >= MAX_FIRST) return self;
        if (self.next > 0 && self.results.length >= MIN_RESULTS) return self;
        return self.fetchMore(self.next ? MORE_CHUNKS : FIRST_CHUNKS).then(round);
      }
      return round();
    });
  };

  Search.prototype.done = function () { return this.next >= this.order.length; };

  // ------------------------------------------------------------------ rendering

  function pageHref(url, anchor) {
    var href = new URL(url, BASE).href;
    if (OFFLINE && /\/$/.test(href)) href += "index.html";
    return href + (anchor ? "#" + anchor : "");
  }

  function renderResult(result, terms) {
    var page = result.page;
    var li = document.createElement("li");
    li.className = "md-search-result__item almanac-search-result";
    li.setAttribute("role", "presentation");
    if (page.d) li.setAttribute("data-district", page.d);
    var best = result.sections[0];
    var district = page.d ? ' <span class="almanac-search-district">' + escapeHtml(page.d) + "</span>" : "";
    var html =
      '<a href="' + escapeHtml(pageHref(page.u, best.anchor)) + '" class="md-search-result__link" tabindex="-1">' +
      '<article class="md-search-result__article md-typeset">' +
      '<div class="md-search-result__icon md-icon"></div>' +
      "<h1>" + highlight(page.t, terms) + district + "</h1>" +
      (best.heading ? '<p class="almanac-search-heading">' + highlight(best.heading, terms) + "</p>" : "") +
      '<p class="md-search-result__teaser">' + highlight(snippet(best.text, terms), terms) + "</p>" +
      "</article></a>";
    result.sections.slice(1, MAX_SECTIONS).forEach(function (section) {
      html +=
        '<a href="' + escapeHtml(pageHref(page.u, section.anchor)) + '" class="md-search-result__link" tabindex="-1">' +
        '<article class="md-search-result__article md-typeset">' +
        (section.heading ? "<h2>" + highlight(section.heading, terms) + "</h2>" : "") +
        '<p class="md-search-result__teaser">' + highlight(snippet(section.text, terms), terms) + "</p>" +
        "</article></a>";
    });
    li.innerHTML = html;
    // Each link is an option of the listbox; the highlight (aria-activedescendant) moves over them.
    Array.prototype.forEach.call(li.querySelectorAll("a.md-search-result__link"), function (link) {
      link.setAttribute("role", "option");
      link.setAttribute("aria-selected", "false");
    });
    return li;
  }

  function setup() {
    var input = document.querySelector("input.md-search__input");
    var container = document.querySelector(".md-search-result");
    var toggle = document.getElementById("__search");
    if (!input || !container) return;
    var meta = container.querySelector(".md-search-result__meta");
    var list = container.querySelector(".md-search-result__list");
    var current = null;
    var timer = null;
    var active = null;      // the highlighted result link (ArrowDown/ArrowUp), or null
    var more = null;        // the "更多结果" button's box
    var returnTo = null;    // what had the focus before the search box took it (Escape gives it back)

    // The search box is a combobox over the results listbox: focus stays in the box
    // (typing goes on), the highlighted option is its aria-activedescendant.
    list.id = list.id || "almanac-search-results";
    list.setAttribute("role", "listbox");
    list.setAttribute("aria-label", input.getAttribute("aria-label") || "搜索结果");
    input.setAttribute("role", "combobox");
    input.setAttribute("aria-controls", list.id);
    input.setAttribute("aria-autocomplete", "list");
    input.setAttribute("aria-expanded", "false");

    function options() {
      return Array.prototype.slice.call(list.querySelectorAll('a[role="option"]'));
    }

    function setActive(link) {
      if (active) {
        active.classList.remove("almanac-search-active");
        active.setAttribute("aria-selected", "false");
      }
      active = link;
      if (link) {
        link.classList.add("almanac-search-active");
        link.setAttribute("aria-selected", "true");
        input.setAttribute("aria-activedescendant", link.id);
        link.scrollIntoView({ block: "nearest" });
      } else {
        input.removeAttribute("aria-activedescendant");
      }
    }

    function move(step) {
      var all = options();
      if (!all.length) return;
      var at = all.indexOf(active);
      if (at < 0) at = step > 0 ? 0 : all.length - 1;
      else at = (at + step + all.length) % all.length;
      setActive(all[at]);
    }

    function show(search) {
      if (search !== current) return;
      var kept = active ? active.href : null;
      active = null;
      input.removeAttribute("aria-activedescendant");
      list.innerHTML = "";
      var n = search.results.length;
      // Articles first; listing pages (home, districts, themes, 全部文章, reference
      // pages) quote the articles, so they wait in one group, folded unless nothing else matched.
      var articles = search.results.filter(function (r) { return r.page.a; });
      var listings = search.results.filter(function (r) { return !r.page.a; });
      if (search.listingsOpen === undefined || (!articles.length && !search.listingsTouched)) search.listingsOpen = !articles.length;
      if (!n) {
        meta.textContent = search.done() ? "没有找到符合条件的结果" : "已查 " + search.next + " / " + search.order.length + " 组候选，暂无结果";
      } else {
        meta.textContent = (search.done() ? "找到 " : "已找到 ") + articles.length + " 篇文章" +
          (listings.length ? "，另有 " + listings.length + " 个索引页面" : "") + (search.done() ? "" : "，还有更多");
      }
      articles.forEach(function (result) { list.appendChild(renderResult(result, search.terms)); });
      if (listings.length) {
        var group = document.createElement("li");
        group.className = "almanac-search-group";
        group.setAttribute("role", "presentation");
        var toggle = document.createElement("button");
        toggle.type = "button";
        toggle.className = "almanac-search-group__toggle";
        toggle.setAttribute("aria-expanded", search.listingsOpen ? "true" : "false");
        toggle.textContent = (search.listingsOpen ? "收起" : "展开") + "索引页面（" + listings.length + "）：区县、专题、全部文章、参考等";
        toggle.addEventListener("click", function () {
          search.listingsOpen = !search.listingsOpen;
          search.listingsTouched = true;
          show(search);
          input.focus();  // typing goes on in the box
        });
        group.appendChild(toggle);
        list.appendChild(group);
        // Folded listings are not rendered at all, so ArrowDown/Enter only reach what is shown.
        if (search.listingsOpen) {
          listings.forEach(function (result) {
            var item = renderResult(result, search.terms);
            item.classList.add("almanac-search-result--listing");
            list.appendChild(item);
          });
        }
      }
      options().forEach(function (link, i) {
        link.id = "almanac-search-option-" + i;
        if (kept && link.href === kept && !active) setActive(link);  // "更多结果" keeps the highlight
      });
      input.setAttribute("aria-expanded", n ? "true" : "false");
      if (more) more.remove();
      more = null;
      if (!search.done()) {
        // After the listbox, not in it (a listbox holds options only).
        var li = more = document.createElement("div");
        li.className = "almanac-search-more";
        var button = document.createElement("button");
        button.type = "button";
        button.className = "md-button";
        button.textContent = "更多结果";
        button.addEventListener("click", function () {
          button.disabled = true;
          search.fetchMore(MORE_CHUNKS).then(function () { show(search); });
        });
        li.appendChild(button);
        list.parentNode.insertBefore(li, list.nextSibling);
      }
      container.setAttribute("data-almanac-state", "done");
    }

    function run() {
      var terms = parseQuery(input.value);
      current = null;
      if (!terms.length) {
        if (more) more.remove();
        more = null;
        setActive(null);
        input.setAttribute("aria-expanded", "false");
        list.innerHTML = "";
        meta.textContent = "输入关键词开始搜索";
        container.setAttribute("data-almanac-state", "idle");
        return;
      }
      var search = new Search(terms);
      current = search;
      setActive(null);
      container.setAttribute("data-almanac-state", "busy");
      search.start().then(function () { show(search); }, function (error) {
        if (search !== current) return;
        meta.textContent = "搜索索引加载失败：" + error.message;
        container.setAttribute("data-almanac-state", "error");
      });
    }

    function open() {
      input.setAttribute("aria-expanded", options().length ? "true" : "false");
      if (toggle && !toggle.checked) {
        toggle.checked = true;
        toggle.dispatchEvent(new Event("change"));
      }
    }

    meta.textContent = "输入关键词开始搜索";
    container.setAttribute("data-almanac-state", "idle");
    input.addEventListener("focus", open);
    function later() {
      clearTimeout(timer);
      timer = setTimeout(run, 80);
    }
    // While a Chinese input method composes, the box holds pinyin: wait for the characters.
    input.addEventListener("input", function (event) { if (!event.isComposing) later(); });
    input.addEventListener("compositionend", later);
    input.form.addEventListener("submit", function (event) {
      event.preventDefault();
      // Enter opens the highlighted result, or the first; as a click, so the page marks the terms.
      var link = active || list.querySelector("a.md-search-result__link");
      if (link) link.click();
    });
    input.addEventListener("keydown", function (event) {
      if (event.isComposing || event.ctrlKey || event.metaKey || event.altKey) return;
      if (event.key === "ArrowDown" || event.key === "ArrowUp") {
        event.preventDefault();  // not the caret to the start/end of the box
        move(event.key === "ArrowDown" ? 1 : -1);
      }
    });
    input.form.addEventListener("reset", function () { setTimeout(run, 0); });
    if (toggle) {
      toggle.addEventListener("change", function () { if (toggle.checked) input.focus(); });
    }
    list.addEventListener("click", function (event) {
      var link = event.target.closest("a");
      if (!link) return;
      // The target page marks the terms (like Material's search.highlight).
      try { sessionStorage.setItem(MARK_KEY, JSON.stringify({ href: link.href.split("#")[0], terms: current ? current.terms : [] })); } catch (e) { /* storage off */ }
      // A link to a section of the page already open only scrolls: close the dialog.
      if (toggle) toggle.checked = false;
      if (link.href.split("#")[0] === location.href.split("#")[0]) markTerms();
    });
    function close() {
      if (toggle && toggle.checked) {
        toggle.checked = false;
        toggle.dispatchEvent(new Event("change"));
      }
      setActive(null);
      input.setAttribute("aria-expanded", "false");
      var back = returnTo;
      returnTo = null;
      if (back && back !== input && document.contains(back) && back.focus) back.focus();
      else input.blur();
    }

    // Remember what had the focus before the box (a shortcut key, a click on the box or a Tab into it).
    document.addEventListener("focusin", function (event) {
      if (event.target === input && event.relatedTarget && !input.form.contains(event.relatedTarget) && !container.contains(event.relatedTarget)) {
        returnTo = event.relatedTarget;
      }
    });
    document.addEventListener("keydown", function (event) {
      var focused = document.activeElement || document.body;
      var typing = /^(INPUT|TEXTAREA|SELECT)$/.test(focused.tagName || "") || focused.isContentEditable;
      if (event.key === "Escape" && (toggle ? toggle.checked : focused === input)) {
        event.preventDefault();
        close();
      } else if (!typing && !event.ctrlKey && !event.metaKey && !event.altKey && (event.key === "/" || event.key === "s")) {
        event.preventDefault();
        if (focused !== document.body && focused !== document.documentElement) returnTo = focused;
        open();
        input.focus();
      }
    });
    var q = new URL(location.href).searchParams.get("q");
    if (q) { input.value = q; open(); run(); }
  }

  var MARK_KEY = "almanac-search-mark";

  // After following a result: mark the query's terms in the page's text.
  function markTerms() {
    var wanted;
    try { wanted = JSON.parse(sessionStorage.getItem(MARK_KEY) || "null"); sessionStorage.removeItem(MARK_KEY); } catch (e) { return; }
    var article = document.querySelector("article.md-content__inner");
    if (!wanted || !article || wanted.href !== location.href.split("#")[0] || !wanted.terms.length) return;
    var walker = document.createTreeWalker(article, NodeFilter.SHOW_TEXT, {
      acceptNode: function (node) {
        return node.parentElement.closest("script, style, mark, .headerlink, .md-search") ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT;
      }
    });
    var nodes = [];
    while (walker.nextNode()) nodes.push(walker.currentNode);
    nodes.forEach(function (node) {
      var html = highlight(node.nodeValue, wanted.terms);
      if (html.indexOf("<mark>") < 0) return;
      var span = document.createElement("span");
      span.innerHTML = html;
      span.className = "almanac-search-marked";
      node.parentNode.replaceChild(span, node);
    });
  }

  function init() {
    setup();
    markTerms();
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init);
  else init();

  // For tests and the comparison script: the same functions the search box uses.
  window.almanacSearch = { fold: fold, queryKeys: queryKeys, shardOf: shardOf, decodeIds: decodeIds, positions: positions, candidates: candidates };
})();
