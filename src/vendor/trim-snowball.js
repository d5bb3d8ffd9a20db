#!/usr/bin/env node
/*
 * trim-snowball.js: makes assets/js/vendor/snowball-stemmers.js from the npm package snowball-stemmers.
 *
 *   node src/vendor/trim-snowball.js package/snowball-stemmers.js > assets/js/vendor/snowball-stemmers.js
 *
 * The package holds 24 Snowball stemmers in one 868 KB script; search needs two. This keeps the
 * package's code as it is, byte for byte, and leaves out the other stemmers: it copies the shared
 * part (the UMD wrapper, Babel's helpers, StringBuffer, Among, SnowballProgram, SnowballStemmer),
 * the blocks of the stemmers named in KEEP, and newStemmer()/algorithms() with only those names.
 * It adds the package's licence (ISC, which asks for the notice in every copy) as a header. The same
 * input always gives the same output, and it fails loudly if the package's layout is not the one
 * it knows.
 */
"use strict";

var fs = require("fs");
var crypto = require("crypto");

var KEEP = ["english", "russian"];
var source = fs.readFileSync(process.argv[2], "utf8");
var lines = source.split("\n");

function fail(why) {
  process.stderr.write("trim-snowball: " + why + "\n");
  process.exit(1);
}

// Each stemmer is one block: "    var xStemmer = function (_SnowballStemmerN) {" … "    }(SnowballStemmer);"
var starts = [];
lines.forEach(function (line, i) {
  var match = /^    var ([a-z]+)Stemmer = function \(_SnowballStemmer\d*\) \{$/.exec(line);
  if (match) {
    starts.push({ name: match[1], line: i });
  }
});
var factory = lines.indexOf("    function newStemmer(lng) {");
if (starts.length < KEEP.length || factory < 0) {
  fail("the package's layout has changed: no stemmer blocks or no newStemmer()");
}
var out = lines.slice(0, starts[0].line);
starts.forEach(function (start, i) {
  var end = i + 1 < starts.length ? starts[i + 1].line : factory;
  if (KEEP.indexOf(start.name) >= 0) {
    if (lines[end - 2] !== "    }(SnowballStemmer);") {
      fail("the block of " + start.name + " does not end where expected");
    }
    out = out.concat(lines.slice(start.line, end));
  }
});
KEEP.forEach(function (name) {
  if (!starts.some(function (start) { return start.name === name; })) {
    fail("the package has no " + name + " stemmer");
  }
});
var tail = lines.slice(factory).join("\n");
tail = tail.replace(/var stemMap = \{[^}]*\};/, "var stemMap = {\n" + KEEP.map(function (name) {
  return "            " + name + ": " + name + "Stemmer";
}).join(",\n") + "\n        };");
tail = tail.replace(/return \[[^\]]*\];/, "return [" + KEEP.map(function (name) { return "'" + name + "'"; }).join(", ") + "];");

var licence = [
  "/*",
  " * snowball-stemmers 0.6.0 (npm), by Oleg Mazko: the Snowball stemmers compiled to JavaScript.",
  " * Trimmed to the " + KEEP.join(" and ") + " stemmers by src/vendor/trim-snowball.js; the code kept is unchanged.",
  " * Original file: package/snowball-stemmers.js, sha256 " + crypto.createHash("sha256").update(source).digest("hex") + ".",
  " *",
  " * ISC License",
  " *",
  " * Copyright (c) Oleg Mazko",
  " *",
  " * Permission to use, copy, modify, and/or distribute this software for any",
  " * purpose with or without fee is hereby granted, provided that the above",
  " * copyright notice and this permission notice appear in all copies.",
  " *",
  " * THE SOFTWARE IS PROVIDED \"AS IS\" AND THE AUTHOR DISCLAIMS ALL WARRANTIES",
  " * WITH REGARD TO THIS SOFTWARE INCLUDING ALL IMPLIED WARRANTIES OF",
  " * MERCHANTABILITY AND FITNESS. IN NO EVENT SHALL THE AUTHOR BE LIABLE FOR",
  " * ANY SPECIAL, DIRECT, INDIRECT, OR CONSEQUENTIAL DAMAGES OR ANY DAMAGES",
  " * WHATSOEVER RESULTING FROM LOSS OF USE, DATA OR PROFITS, WHETHER IN AN",
  " * ACTION OF CONTRACT, NEGLIGENCE OR OTHER TORTIOUS ACTION, ARISING OUT OF",
  " * OR IN CONNECTION WITH THE USE OR PERFORMANCE OF THIS SOFTWARE.",
  " */",
  ""
].join("\n");
process.stdout.write(licence + out.join("\n") + "\n" + tail);
