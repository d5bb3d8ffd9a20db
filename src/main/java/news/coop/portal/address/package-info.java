/**
 * The site's addresses, made and read in one place by RFC 3986: {@code +} is a plus, {@code %20} a
 * space, and a file name that is not plain ASCII is UTF-8 percent-encoded when an address is made of
 * it ({@code отчёт.pdf} → {@code %D0%BE%D1%82%D1%87%D1%91%D1%82.pdf}). Reading is strict: a malformed
 * escape, an encoded slash ({@code %2F}) and {@code ..} segments that climb out of the site are
 * refused with a reason, which the caller turns into a diagnostic (or, for {@code portal serve}, into
 * 400 Bad Request). Render (pictures, links to documents, {@code asset()}), refine (the link check),
 * write (stylesheet addresses, {@code _headers}), verify and serve all go through
 * {@link news.coop.portal.address.Addresses}.
 */
package news.coop.portal.address;
