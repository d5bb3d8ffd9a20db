/*
 * Writes stems-be.tsv: every word of words-be.txt, a tab, and its stem by the browser's Belarusian
 * stemmer, assets/js/search-be.js. BelarusianStemmerTest.agreesWithTheExpectedStems then checks that the
 * Java stemmer gives the same stem for every word. Run it from anywhere, with Node.js 12 or later:
 *
 *   node src/test/resources/search/stems-be.js
 *
 * It also checks that search-be.js defines exactly one global, window.portalStemBelarusian.
 */
"use strict";

var fs = require("fs");
var path = require("path");

var here = __dirname;
var script = path.join(here, "..", "..", "..", "..", "assets", "js", "search-be.js");

global.window = global;
var before = Object.keys(global);
require(script);
var added = Object.keys(global).filter(function (key) {
  return before.indexOf(key) < 0;
});
if (added.length !== 1 || added[0] !== "portalStemBelarusian") {
  throw new Error("search-be.js must define exactly one global, portalStemBelarusian; it defined: " + added.join(", "));
}

var words = fs.readFileSync(path.join(here, "words-be.txt"), "utf8").split("\n").filter(function (word) {
  return word !== "";
});
var lines = ["# word<TAB>stem by assets/js/search-be.js, written by src/test/resources/search/stems-be.js: do not edit"];
words.forEach(function (word) {
  lines.push(word + "\t" + window.portalStemBelarusian(word));
});
fs.writeFileSync(path.join(here, "stems-be.tsv"), lines.join("\n") + "\n");
console.log("stems-be.tsv: " + words.length + " words");
