/*
 * search-be.js: the Belarusian stemmer of the site search, for the browser. Plain script, no
 * dependencies, no build step; it defines one global and nothing else:
 *
 *   window.portalStemBelarusian(word)   the stem of one word, already normalised as the search
 *                                       normalises text (lowercase, ё as е, no apostrophes or stress
 *                                       marks); e.g. "дарогамі" → "дараг", "вобласці" → "абласц"
 *
 * The build stems the index with its twin, news.coop.portal.search.BelarusianStemmer (src/main/java),
 * and the search page stems the reader's query with this file, so the two must give the same stem for
 * every word: they change together. The tables and steps below are in the same order and form as the
 * Java ones; the Javadoc of BelarusianStemmer explains every step and table with examples, and its known
 * limits. BelarusianStemmerTest.agreesWithTheExpectedStems proves that the two agree: it checks the Java
 * stem of every word of src/test/resources/search/words-be.txt against stems-be.tsv, the stems this file
 * gives, which this command writes:
 *
 *   node src/test/resources/search/stems-be.js
 *
 * Make every change here in Java too, run the command, and commit the three files together.
 * Strings are handled as UTF-16 code units, as in Java.
 */
(function () {
  "use strict";

  var MIN_STEM = 3; // no ending is removed that would leave a stem shorter than this
  var VOWELS = "аеёіоуыэюя";

  // Spelling fold, first, on every word: э → е, ё → е, and a ў that starts the word → у.
  var SPELLING_FROM = "эё";
  var SPELLING_TO = "ее";
  // Stem fold, last: о → а (akanne), я → е (yakanne), ў → в; and a prothetic в before о dropped.
  var STEM_FROM = "ояў";
  var STEM_TO = "аев";

  // The ending classes, as they are written after the spelling fold (so with е for э and ё).
  var PERFECTIVE_GERUND = [
    "ўшы", "ўшыся", // адзначыўшы, сабраўшыся
    "учыся", "ючыся", "ачыся", "ячыся" // бяручыся, займаючыся, вучачыся, робячыся
  ];
  var REFLEXIVE = [
    "ся", "цца" // займаюся, займаўся; займацца, займаецца
  ];
  var ADJECTIVAL = [
    "ага", "аму", "ому", "ым", "ая", "ай", "ой", "ую", "аю", "ою", "ае", "ое", "ыя", "ых", "ымі", // новага … новымі
    "яга", "яму", "ім", "яя", "яй", "юю", "яю", "яе", "ія", "іх", "імі" // апошняга … апошнімі
  ];
  var VERB = [
    "аць", "яць", "ець", "іць", "ыць", "уць", "юць", // чытаць, стаяць, мець, рабіць, гаварыць, бяруць, чытаюць
    "аваць", "яваць", // будаваць, рэгуляваць
    "еш", "ем", "іш", "ыш", "йце", // чытаеш, чытаем, робіш, гаворыш, чытайце
    "іў", "ыў" // рабіў, адзначыў
  ];
  var NOUN = [
    "а", "я", "о", "е", "і", "ы", "у", "ю", "ь", "й", // школа, зямля, сяло, школе, зямлі, школы, школу, зямлю, Беларусь, тэхналогій
    "ам", "ям", "ом", "ем", // школам, зямлям, горадам, сталом, полем, днём
    "амі", "ямі", "ьмі", "ах", "ях", // школамі, зямлямі, людзьмі, школах, зямлях
    "аў", "оў", "яў", "еў", "ей", // рэгіёнаў, гарадоў, пытанняў, краёў; абласцей, зямлёй
    "ай", "ой", "яй", "аю", "ою", "яю", "ею" // школай, рукой, кацельняй, школаю, рукою, кацельняю, зямлёю
  ];
  var DERIVATIONAL = ["асц", "осц"]; // прамысловасць, маладосць (after step 1: прамысловасц)
  var SUPERLATIVE = ["ейш"]; // найважнейшы (after step 1: найважнейш)

  function isVowel(c) {
    return VOWELS.indexOf(c) >= 0;
  }

  function fold(word, from, to) {
    var folded = "";
    for (var i = 0; i < word.length; i++) {
      var at = from.indexOf(word.charAt(i));
      folded += at >= 0 ? to.charAt(at) : word.charAt(i);
    }
    return folded;
  }

  /** Where the region after the first non-vowel that follows a vowel (both at or after start) begins. */
  function region(word, start) {
    for (var i = start + 1; i < word.length; i++) {
      if (!isVowel(word.charAt(i)) && isVowel(word.charAt(i - 1))) {
        return i + 1;
      }
    }
    return word.length;
  }

  /**
   * The word without the longest ending of the table that it ends with, that starts at or after limit
   * and that leaves a stem of MIN_STEM letters or more; null if there is none.
   */
  function strip(word, limit, table) {
    var found = null;
    for (var i = 0; i < table.length; i++) {
      var ending = table[i];
      var start = word.length - ending.length;
      if (start >= limit && start >= MIN_STEM && word.substring(start) === ending && (found === null || ending.length > found.length)) {
        found = ending;
      }
    }
    return found === null ? null : word.substring(0, word.length - found.length);
  }

  /** The word without its last letter if that letter is in RV and the stem keeps MIN_STEM letters. */
  function dropLast(word, rv) {
    return word.length > MIN_STEM && word.length - 1 >= rv ? word.substring(0, word.length - 1) : word;
  }

  window.portalStemBelarusian = function (word) {
    var w = fold(word.charAt(0) === "ў" ? "у" + word.substring(1) : word, SPELLING_FROM, SPELLING_TO);
    var first = 0;
    while (first < w.length && !isVowel(w.charAt(first))) {
      first++;
    }
    if (w.length <= 2 || first === w.length) {
      return w;
    }
    var rv = first + 1;
    var r2 = region(w, region(w, 0));

    // Step 1: a perfective gerund ending; or else a reflexive ending if any, then an adjectival, verb or
    // noun ending, the first class that has one.
    var stem = strip(w, rv, PERFECTIVE_GERUND);
    if (stem === null) {
      w = strip(w, rv, REFLEXIVE) || w;
      stem = strip(w, rv, ADJECTIVAL) || strip(w, rv, VERB) || strip(w, rv, NOUN) || w;
    }
    w = stem;
    // Step 2: a final vowel.
    if (isVowel(w.charAt(w.length - 1))) {
      w = dropLast(w, rv);
    }
    // Step 3: a derivational ending in R2.
    w = strip(w, r2, DERIVATIONAL) || w;
    // Step 4: a superlative ending; then a final double consonant made single.
    w = strip(w, rv, SUPERLATIVE) || w;
    if (w.charAt(w.length - 1) === w.charAt(w.length - 2) && !isVowel(w.charAt(w.length - 1))) {
      w = dropLast(w, rv);
    }
    // Step 5: the stem fold.
    w = fold(w, STEM_FROM, STEM_TO);
    if (word.charAt(0) === "в" && word.charAt(1) === "о" && w.length > MIN_STEM) {
      w = w.substring(1);
    }
    return w;
  };
})();
