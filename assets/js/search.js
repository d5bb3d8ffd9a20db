/*
 * search.js: the search page's engine and its form. Plain script (ES2018), no modules, no build step;
 * templates/search.ftlh loads it with defer, after assets/js/vendor/snowball-stemmers.js (the global
 * snowballFactory) and assets/js/search-be.js (the global portalStemBelarusian). It
 * knows no word of its own: every text it shows comes from the markup, so one file serves every
 * language.
 *
 *   #search-nojs                  "search needs JavaScript" and its links: removed here at start
 *   form#search-form[hidden]      shown here; data-index = the index folder ("/ru/search/", base path
 *                                 included), data-lang = the language of the index and the query
 *   #search-query                 input name="q"
 *   #search-area                  select name="area": "" for all areas, else an area id; the text of
 *                                 each option is the area's label, shown on the results
 *   #search-year                  select name="year": "" for all years, else a year
 *   #search-status[role=status]   where the outcome is said, and shown:
 *                                 data-count-one|few|many|other  "Found {0} news items" by plural form
 *                                 (Intl.PluralRules of data-lang; {0} the number)
 *                                 data-query   "{0} for “{1}”": {0} the count or data-none, {1} the query
 *                                 data-none    "Nothing found"
 *                                 data-error   an index file did not load
 *   ol#search-results             the results, each an <li><article class="card"> with an <h2><a> title,
 *                                 a <time datetime> date, the lead and the area labels; query words in
 *                                 the title and the lead are wrapped in <mark>.
 *                                 data-areas-label  "Areas:", printed before the labels
 *   #search-more[hidden]          "Show more results": the next 20; focus moves to the first new one
 *   #search-empty[hidden]         tips shown when nothing is found; its [data-search-unfilter] item,
 *                                 shown only while a filter is on, holds a link to the query alone
 *
 * The query is read from ?q=&area=&year= at start, and written back with history.replaceState after
 * each search, so a search can be bookmarked and shared.
 *
 * The index (built by the tool, news.coop.portal.search; the contract is in README.md, "Search: the
 * analysis and the index files"): under data-index, meta.json, t/{shard}.json (terms → documents),
 * p/{shard}.json (positions, for phrases only) and d/{chunk}.json (the documents to show). Files are
 * fetched once each and kept for the page's life. The query's words are analysed exactly as the
 * index's text was (normalize, tokens, stem below, the twins of SearchText.java, steps 1 to 4);
 * SearchBrowserIT compares the two on thousands of words.
 *
 * For tests and the curious: window.portalSearch = {normalize, tokens, terms, search}.
 */
(function () {
  "use strict";

  var PAGE = 20; // results per page; "Show more" adds as many
  var LONGEST = 64; // longer tokens are not indexed (SearchText.LONGEST)
  var DELETED = /['\u2019\u02BC\u00AD\u0301\u0300]/g; // apostrophes, soft hyphen, stress marks
  var TOKEN = /[\p{L}\p{N}]+/gu;
  var NUMBER = /\p{N}/u;
  var SEGMENT = /\P{M}\p{M}*|\p{M}+/gu; // a character with its combining marks
  var FAMILY = { ru: ["ическ", "ичн", "ик"], be: ["ычн", "ічн", "ык", "ік"] }; // longest first
  var FAMILY_ROOT = 5; // letters a family's root keeps at least
  var QUOTES = { "\"": "\"", "\u00AB": "\u00BB", "\u201C": "\u201D", "\u201E": "\u201C\u201D" }; // " « “ „ and their closers

  // ---- Text analysis: the same three steps as news.coop.portal.search.SearchText ----

  /** Step 1: NFC, lower case, ё → е, apostrophes, soft hyphens and stress marks deleted. */
  function normalize(text) {
    return String(text).normalize("NFC").toLowerCase().replace(/ё/g, "е").replace(DELETED, "");
  }

  /**
   * Step 2, on original text: its tokens as {text, start, end}, text normalised and start/end the
   * token's place in the original (for <mark>). Each character is normalised with its combining marks
   * to keep that map; where this differs from normalising the whole (a rare script's context rules),
   * the tokens still come from the whole and start/end are -1.
   */
  function tokens(text) {
    text = String(text);
    var whole = normalize(text);
    var mapped = "";
    var starts = [];
    var ends = [];
    var segment;
    SEGMENT.lastIndex = 0;
    while ((segment = SEGMENT.exec(text)) !== null) {
      var part = normalize(segment[0]);
      for (var i = 0; i < part.length; i++) {
        starts.push(segment.index);
        ends.push(segment.index + segment[0].length);
      }
      mapped += part;
    }
    var placed = mapped === whole;
    var found = [];
    var match;
    TOKEN.lastIndex = 0;
    while ((match = TOKEN.exec(whole)) !== null) {
      var token = match[0];
      if (token.length <= LONGEST) {
        found.push({
          text: token,
          start: placed ? starts[match.index] : -1,
          end: placed ? ends[match.index + token.length - 1] : -1
        });
      }
    }
    return found;
  }

  var stemmers = {};
  function snowball(language, word) {
    if (!stemmers[language]) {
      stemmers[language] = window.snowballFactory.newStemmer(language);
    }
    return stemmers[language].stem(word);
  }

  /**
   * Step 4, for a Cyrillic stem: the suffix of a word family is cut when at least FAMILY_ROOT
   * letters remain, so that «энергетика» (энергетик) and «энергетической» (энергетическ) meet at
   * «энергет»; SearchText.family explains the choice.
   */
  function family(word, suffixes) {
    for (var i = 0; i < suffixes.length; i++) {
      var suffix = suffixes[i];
      if (word.length - suffix.length >= FAMILY_ROOT && word.slice(-suffix.length) === suffix) {
        return word.slice(0, -suffix.length);
      }
    }
    return word;
  }

  /** Step 3 (and 4): the index term of one normalised token of text in lang. */
  function stem(token, lang) {
    var cyrillic = false;
    var latin = true;
    for (var i = 0; i < token.length; i++) {
      // One UTF-16 unit at a time, as Java tests its chars.
      if (NUMBER.test(token[i])) {
        return token;
      }
      var c = token.charCodeAt(i);
      cyrillic = cyrillic || (c >= 0x0400 && c <= 0x04FF);
      latin = latin && c >= 0x61 && c <= 0x7A;
    }
    if (cyrillic) {
      if (lang === "be") {
        // The Belarusian stemmer (search-be.js); should it fail to load, words keep their endings and
        // Belarusian queries find fewer forms.
        var belarusian = typeof window.portalStemBelarusian === "function" ? window.portalStemBelarusian(token) : token;
        return family(belarusian, FAMILY.be);
      }
      return family(snowball("russian", token), FAMILY.ru);
    }
    return latin ? snowball("english", token) : token;
  }

  /** All three steps: the index terms of a text in lang, in text order. */
  function terms(text, lang) {
    return tokens(text).map(function (token) {
      return stem(token.text, lang);
    });
  }

  // ---- Queries ----

  /**
   * The clauses of a query, each {terms, key}: a word has one term, a phrase (text in quotes) several,
   * which must stand next to one another in that order. A phrase of one word is a word; a clause
   * given twice counts once. An unclosed quote runs to the end.
   */
  function clauses(query, lang) {
    var loose = [];
    var phrases = [];
    var i = 0;
    while (i < query.length) {
      var closers = QUOTES[query[i]];
      if (closers === undefined) {
        loose.push(query[i]);
        i++;
        continue;
      }
      var end = i + 1;
      while (end < query.length && closers.indexOf(query[end]) < 0) {
        end++;
      }
      phrases.push(query.slice(i + 1, end));
      loose.push(" ");
      i = end + 1;
    }
    var list = [];
    var seen = {};
    function add(clauseTerms) {
      var key = clauseTerms.join(" ");
      if (clauseTerms.length > 0 && !seen.hasOwnProperty(key)) {
        seen[key] = true;
        list.push({ terms: clauseTerms, key: key });
      }
    }
    terms(loose.join(""), lang).forEach(function (term) {
      add([term]);
    });
    phrases.forEach(function (phrase) {
      add(terms(phrase, lang));
    });
    return list;
  }

  /** The shard of an index key: FNV-1a (32 bits) over its UTF-16 units, masked to the shard count. */
  function shardOf(key, shards) {
    var h = 0x811c9dc5;
    for (var i = 0; i < key.length; i++) {
      h = Math.imul(h ^ key.charCodeAt(i), 0x01000193) >>> 0;
    }
    return h & (shards - 1);
  }

  /** A stem's list [d, w, d, w, …] as {ids, title}: document ids ascending, and whether each has it in the title. */
  function postings(list) {
    var ids = [];
    var title = [];
    var id = 0;
    for (var i = 0; list && i + 1 < list.length; i += 2) {
      id += list[i];
      ids.push(id);
      title.push(list[i + 1] === 1);
    }
    return { ids: ids, title: title };
  }

  /** An area's list [d, d, …] as the set of its document ids. */
  function members(list) {
    var set = new Set();
    var id = 0;
    (list || []).forEach(function (delta) {
      id += delta;
      set.add(id);
    });
    return set;
  }

  /** A stem's positions [n, p, p, …, n, …] as one array of positions per document of its t list. */
  function positions(list) {
    var all = [];
    var i = 0;
    while (list && i < list.length) {
      var n = list[i++];
      var own = [];
      var at = 0;
      for (var j = 0; j < n; j++) {
        at += list[i++];
        own.push(at);
      }
      all.push(own);
    }
    return all;
  }

  /**
   * Makes a searcher over the index under base (a folder URL ending in "/"). Each file is fetched once;
   * a file that fails is forgotten, so the next search tries it again.
   */
  function searcher(base, lang) {
    var files = new Map();
    var ranked = null; // the last query's ranking, for "Show more"

    function load(path) {
      var file = files.get(path);
      if (!file) {
        file = fetch(base + path, { credentials: "same-origin" }).then(function (response) {
          if (!response.ok) {
            throw new Error(base + path + ": HTTP " + response.status);
          }
          return response.json();
        });
        files.set(path, file);
        file.catch(function () {
          files.delete(path);
        });
      }
      return file;
    }

    function termsFile(meta, key) {
      return load("t/" + shardOf(key, meta.shards) + ".json").then(function (shard) {
        return shard[key];
      });
    }

    function positionsFile(meta, key) {
      return load("p/" + shardOf(key, meta.shards) + ".json").then(function (shard) {
        return positions(shard[key]);
      });
    }

    function documents(meta, ids) {
      return Promise.all(ids.map(function (id) {
        return load("d/" + Math.floor(id / meta.chunk) + ".json").then(function (chunk) {
          return chunk[id % meta.chunk];
        });
      }));
    }

    /**
     * A phrase's documents: a Map id → true when the phrase is in the title, false when elsewhere.
     * Title tokens come first (positions 0 … n-1), so a position at or before the first title position
     * of any of the phrase's title words is a title position; a phrase whose words repeat in a title
     * can stay undecided by that rule (null), and is then checked against the title itself.
     */
    function phraseDocuments(meta, clause, lists) {
      var found = new Map();
      var first = lists[0];
      var others = lists.slice(1).map(function (list) {
        var index = new Map();
        list.ids.forEach(function (id, i) {
          index.set(id, i);
        });
        return index;
      });
      var candidates = [];
      first.ids.forEach(function (id, i) {
        var at = [i];
        for (var k = 0; k < others.length; k++) {
          if (!others[k].has(id)) {
            return;
          }
          at.push(others[k].get(id));
        }
        candidates.push({ id: id, at: at });
      });
      if (candidates.length === 0) {
        return Promise.resolve(found);
      }
      return Promise.all(clause.terms.map(function (term) {
        return positionsFile(meta, term);
      })).then(function (places) {
        candidates.forEach(function (candidate) {
          var own = places.map(function (place, k) {
            return place[candidate.at[k]] || [];
          });
          var sets = own.map(function (list) {
            return new Set(list);
          });
          var inTitle = lists.every(function (list, k) {
            return list.title[candidate.at[k]];
          });
          var surelyTitle = -1;
          if (inTitle) {
            own.forEach(function (list) {
              surelyTitle = Math.max(surelyTitle, list[0]);
            });
          }
          var matched = false;
          var title = false;
          own[0].forEach(function (start) {
            for (var k = 1; k < sets.length; k++) {
              if (!sets[k].has(start + k)) {
                return;
              }
            }
            matched = true;
            title = title || start + sets.length - 1 <= surelyTitle;
          });
          if (matched) {
            found.set(candidate.id, title ? true : inTitle ? null : false);
          }
        });
        return found;
      });
    }

    /** The query's documents, best first: [{id, title (how many clauses the title holds)}]. */
    function rank(meta, query, area, year) {
      var list = clauses(query, lang);
      var years = null;
      if (year) {
        years = meta.years.filter(function (y) {
          return String(y[0]) === String(year);
        })[0] || [Number(year), 0, 0];
      }
      if (list.length === 0 && !area && !years) {
        return Promise.resolve({ clauses: list, results: [] });
      }
      var words = new Set();
      list.forEach(function (clause) {
        clause.terms.forEach(function (term) {
          words.add(term);
        });
      });
      var wordList = Array.from(words);
      return Promise.all([
        Promise.all(wordList.map(function (term) {
          return termsFile(meta, term);
        })),
        area ? termsFile(meta, "@" + area) : Promise.resolve(null)
      ]).then(function (loaded) {
        var byTerm = new Map();
        wordList.forEach(function (term, i) {
          byTerm.set(term, postings(loaded[0][i]));
        });
        var inArea = area ? members(loaded[1]) : null;
        return Promise.all(list.map(function (clause) {
          if (clause.terms.length === 1) {
            var single = byTerm.get(clause.terms[0]);
            var map = new Map();
            single.ids.forEach(function (id, i) {
              map.set(id, single.title[i]);
            });
            return map;
          }
          return phraseDocuments(meta, clause, clause.terms.map(function (term) {
            return byTerm.get(term);
          }));
        })).then(function (maps) {
          return { clauses: list, maps: maps, inArea: inArea };
        });
      }).then(function (found) {
        var maps = found.maps;
        var keep = function (id) {
          return (!found.inArea || found.inArea.has(id)) && (!years || (id >= years[1] && id < years[2]));
        };
        var ids = [];
        if (maps.length > 0) {
          var smallest = maps.reduce(function (a, b) {
            return b.size < a.size ? b : a;
          });
          smallest.forEach(function (title, id) {
            if (keep(id) && maps.every(function (map) {
              return map.has(id);
            })) {
              ids.push(id);
            }
          });
        } else if (found.inArea) {
          found.inArea.forEach(function (id) {
            if (keep(id)) {
              ids.push(id);
            }
          });
        } else {
          for (var id = years[1]; id < years[2]; id++) {
            ids.push(id);
          }
        }
        return decideTitles(meta, list, maps, ids).then(function () {
          var results = ids.map(function (id) {
            return {
              id: id,
              title: maps.filter(function (map) {
                return map.get(id) === true;
              }).length
            };
          });
          results.sort(function (a, b) {
            return b.title - a.title || a.id - b.id;
          });
          return { clauses: list, results: results };
        });
      });
    }

    /** Settles the phrases left undecided (null) for the documents found, from their titles. */
    function decideTitles(meta, list, maps, ids) {
      var open = ids.filter(function (id) {
        return maps.some(function (map) {
          return map.get(id) === null;
        });
      });
      return documents(meta, open).then(function (docs) {
        docs.forEach(function (doc, i) {
          var titleTerms = terms(doc[1], lang).join(" ");
          maps.forEach(function (map, k) {
            if (map.get(open[i]) === null) {
              map.set(open[i], (" " + titleTerms + " ").indexOf(" " + list[k].key + " ") >= 0);
            }
          });
        });
      });
    }

    /**
     * Searches: query text, options {area, year, offset}. Resolves to {total, offset, stems, items}:
     * items are the 20 results from offset on, each {id, url, title, dateIso, dateText, lead, areas}.
     */
    function search(query, options) {
      options = options || {};
      var area = options.area || "";
      var year = options.year ? String(options.year) : "";
      var offset = options.offset || 0;
      var key = JSON.stringify([query, area, year]);
      return load("meta.json").then(function (meta) {
        if (meta.v !== 1) {
          throw new Error(base + "meta.json: version " + meta.v + ", expected 1");
        }
        var ranking = ranked && ranked.key === key ? Promise.resolve(ranked.value) : rank(meta, query, area, year);
        return ranking.then(function (value) {
          ranked = { key: key, value: value };
          var page = value.results.slice(offset, offset + PAGE);
          return documents(meta, page.map(function (result) {
            return result.id;
          })).then(function (docs) {
            var stems = [];
            value.clauses.forEach(function (clause) {
              stems = stems.concat(clause.terms);
            });
            return {
              total: value.results.length,
              offset: offset,
              stems: stems,
              items: docs.map(function (doc, i) {
                return { id: page[i].id, url: doc[0], title: doc[1], dateIso: doc[2], dateText: doc[3], lead: doc[4], areas: doc[5] };
              })
            };
          });
        });
      });
    }

    return search;
  }

  var api = {
    normalize: normalize,
    tokens: tokens,
    terms: terms,
    search: function () {
      return Promise.reject(new Error("this page has no search form"));
    }
  };
  window.portalSearch = api;

  // ---- The page ----

  var form = document.getElementById("search-form");
  if (!form || !window.snowballFactory || !window.fetch || !window.URLSearchParams) {
    // Not the search page, or a browser that cannot search: the page's explanation stays.
    return;
  }
  var lang = form.getAttribute("data-lang");
  var search = searcher(form.getAttribute("data-index"), lang);
  api.search = search;

  var input = document.getElementById("search-query");
  var areaSelect = document.getElementById("search-area");
  var yearSelect = document.getElementById("search-year");
  var status = document.getElementById("search-status");
  var list = document.getElementById("search-results");
  var more = document.getElementById("search-more");
  var empty = document.getElementById("search-empty");
  var unfilter = empty.querySelector("[data-search-unfilter]");
  var plurals = window.Intl && Intl.PluralRules ? new Intl.PluralRules(lang) : null;

  var noScript = document.getElementById("search-nojs");
  if (noScript) {
    noScript.parentNode.removeChild(noScript);
  }
  form.hidden = false;

  function say(name, values) {
    var text = status.getAttribute("data-" + name) || "";
    return text.replace(/\{(\d)\}/g, function (all, n) {
      return values && values[n] !== undefined ? values[n] : all;
    });
  }

  var announcement;
  function announce(text, error) {
    // Emptied first, so that the same words said twice are announced twice.
    status.textContent = "";
    status.classList.toggle("search-status-error", Boolean(error));
    clearTimeout(announcement);
    announcement = setTimeout(function () {
      status.textContent = text;
    }, 100);
  }

  function countText(total, query) {
    var said;
    if (total === 0) {
      said = say("none");
    } else {
      var kind = plurals ? plurals.select(total) : "other";
      said = say("count-" + kind, [String(total)]) || say("count-other", [String(total)]);
    }
    return query.trim() ? say("query", [said, query.trim()]) : said;
  }

  /** The label of an area, from the page's own area <select>. */
  function areaLabel(id) {
    for (var i = 0; i < areaSelect.options.length; i++) {
      if (areaSelect.options[i].value === id) {
        return areaSelect.options[i].text;
      }
    }
    return id;
  }

  /** Appends text to parent with each word whose stem is a query stem wrapped in <mark>. */
  function highlighted(parent, text, stems) {
    var at = 0;
    tokens(text).forEach(function (token) {
      if (token.start < at || !stems.has(stem(token.text, lang))) {
        return;
      }
      parent.appendChild(document.createTextNode(text.slice(at, token.start)));
      var mark = document.createElement("mark");
      mark.textContent = text.slice(token.start, token.end);
      parent.appendChild(mark);
      at = token.end;
    });
    parent.appendChild(document.createTextNode(text.slice(at)));
    return parent;
  }

  function element(name, className) {
    var node = document.createElement(name);
    if (className) {
      node.className = className;
    }
    return node;
  }

  function resultItem(item, stems) {
    var article = element("article", "card search-result");
    var heading = element("h2", "card-title");
    var link = element("a");
    link.href = item.url;
    heading.appendChild(highlighted(link, item.title, stems));
    article.appendChild(heading);
    var date = element("p", "card-date");
    var time = element("time");
    time.setAttribute("datetime", item.dateIso);
    time.textContent = item.dateText;
    date.appendChild(time);
    article.appendChild(date);
    article.appendChild(highlighted(element("p", "card-lead"), item.lead, stems));
    if (item.areas && item.areas.length > 0) {
      var areas = element("p", "search-result-areas");
      var label = element("span", "term-list-label");
      label.textContent = list.getAttribute("data-areas-label");
      areas.appendChild(label);
      areas.appendChild(document.createTextNode(" " + item.areas.map(areaLabel).join(", ")));
      article.appendChild(areas);
    }
    var li = element("li");
    li.appendChild(article);
    return li;
  }

  /** What the form asks for now. */
  function wanted() {
    return { query: input.value, area: areaSelect.value, year: yearSelect.value };
  }

  function remember(want) {
    var params = new URLSearchParams();
    if (want.query.trim()) {
      params.set("q", want.query.trim());
    }
    if (want.area) {
      params.set("area", want.area);
    }
    if (want.year) {
      params.set("year", want.year);
    }
    var query = params.toString();
    history.replaceState(history.state, "", location.pathname + (query ? "?" + query : ""));
  }

  var shown = 0; // results on the page
  var total = 0;
  var latest = 0; // the newest search: the answers of older ones are dropped
  var current = null;

  function clear() {
    list.textContent = "";
    list.hidden = true;
    more.hidden = true;
    empty.hidden = true;
    shown = 0;
  }

  function show(result, want, append) {
    var stems = new Set(result.stems);
    var first = null;
    if (!append) {
      clear();
    }
    result.items.forEach(function (item) {
      var li = resultItem(item, stems);
      first = first || li;
      list.appendChild(li);
    });
    shown = result.offset + result.items.length;
    total = result.total;
    list.hidden = shown === 0;
    more.hidden = shown >= total;
    if (!append) {
      empty.hidden = total > 0;
      if (unfilter) {
        unfilter.hidden = !want.area && !want.year;
        var link = unfilter.querySelector("a");
        if (link) {
          link.href = location.pathname + (want.query.trim() ? "?" + new URLSearchParams({ q: want.query.trim() }) : "");
        }
      }
      announce(countText(total, want.query));
    }
    return first;
  }

  function failed(error) {
    clear();
    announce(say("error"), true);
    if (window.console) {
      console.error(error);
    }
  }

  function run() {
    var want = wanted();
    var ticket = ++latest;
    remember(want);
    if (!want.query.trim() && !want.area && !want.year) {
      clear();
      current = null;
      announce("");
      return Promise.resolve();
    }
    list.setAttribute("aria-busy", "true");
    return search(want.query, { area: want.area, year: want.year, offset: 0 }).then(function (result) {
      if (ticket === latest) {
        current = want;
        show(result, want, false);
      }
    }, function (error) {
      if (ticket === latest) {
        failed(error);
      }
    }).then(function () {
      if (ticket === latest) {
        list.removeAttribute("aria-busy");
      }
    });
  }

  var pause;
  function runSoon() {
    clearTimeout(pause);
    pause = setTimeout(run, 300);
  }

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    clearTimeout(pause);
    run();
  });
  input.addEventListener("input", runSoon);
  areaSelect.addEventListener("change", function () {
    clearTimeout(pause);
    run();
  });
  yearSelect.addEventListener("change", function () {
    clearTimeout(pause);
    run();
  });

  more.addEventListener("click", function () {
    if (!current) {
      return;
    }
    var want = current;
    var ticket = latest;
    more.disabled = true;
    search(want.query, { area: want.area, year: want.year, offset: shown }).then(function (result) {
      if (ticket === latest) {
        var first = show(result, want, true);
        var link = first && first.querySelector("a");
        if (link) {
          link.focus();
        }
      }
    }, function (error) {
      if (ticket === latest) {
        failed(error);
      }
    }).then(function () {
      more.disabled = false;
    });
  });

  /** Sets a select to value when it offers it. */
  function choose(select, value) {
    for (var i = 0; i < select.options.length; i++) {
      if (select.options[i].value === value) {
        select.value = value;
        return;
      }
    }
  }

  var start = new URLSearchParams(location.search);
  input.value = start.get("q") || "";
  choose(areaSelect, start.get("area") || "");
  choose(yearSelect, start.get("year") || "");
  clear();
  if (input.value.trim() || areaSelect.value || yearSelect.value) {
    run();
  }
})();
