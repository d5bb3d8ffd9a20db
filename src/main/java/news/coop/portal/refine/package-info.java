/**
 * The refine stage: an ordered chain of small jsoup steps over each rendered page (external-link
 * relations, printed link addresses, pictures as figures with their size, copies and loading hints) and the link check
 * that refuses to publish a broken link.
 */
package news.coop.portal.refine;
