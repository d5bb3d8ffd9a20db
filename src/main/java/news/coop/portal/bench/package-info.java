/**
 * The benchmark's input: a synthetic news archive of any size, written from a seed into a fresh
 * project folder with the real configuration, templates, assets, vocabularies and pages. The same
 * size and seed always give byte-identical files, so speed figures measured on it can be repeated.
 */
package news.coop.portal.bench;
