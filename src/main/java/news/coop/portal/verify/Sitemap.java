package news.coop.portal.verify;

import java.io.IOException;
import java.io.StringReader;
import java.net.URL;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import news.coop.portal.diag.Diagnostic;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * {@code verify.sitemap}: {@code sitemap.xml} exists, is valid against the sitemaps.org schema (with
 * its xhtml:link alternates, schemas shipped with the tool), and lists exactly the public pages: every
 * folder's {@code index.html} but the redirect at {@code /}, each once.
 */
final class Sitemap implements SiteCheck {
    private static final String FILE = "sitemap.xml";
    private static final String HINT = "the sitemap is made by templates/sitemap.ftlx from the pages the build publishes";

    @Override
    public List<Diagnostic> check(BuiltSite site) {
        List<Diagnostic> found = new ArrayList<>();
        if (!site.has(FILE)) {
            found.add(Diagnostic.error(FILE, 0, 0, "verify.sitemap", "the site has no sitemap.xml", "build the site again with portal build"));
            return found;
        }
        String text = site.text(FILE);
        for (SAXParseException error : schemaErrors(text)) {
            found.add(Diagnostic.error(FILE, Math.max(0, error.getLineNumber()), Math.max(0, error.getColumnNumber()), "verify.sitemap",
                    "not valid against the sitemaps.org schema: " + error.getMessage(), HINT));
        }
        if (found.isEmpty()) {
            listing(site, text, found);
        }
        return found;
    }

    /** Whether the sitemap lists each public page once, and nothing else. */
    private static void listing(BuiltSite site, String text, List<Diagnostic> found) {
        Document xml = Jsoup.parse(text, "", Parser.xmlParser());
        Set<String> listed = new TreeSet<>();
        for (Element loc : xml.select("url > loc")) {
            String url = loc.text().strip();
            if (!listed.add(url)) {
                found.add(Diagnostic.error(FILE, 0, 0, "verify.sitemap", "lists " + url + " twice", HINT));
            }
        }
        Map<String, String> expected = new LinkedHashMap<>();
        for (String file : site.files()) {
            if (isPublicPage(file)) {
                expected.put(site.urlOf(file), file);
            }
        }
        String baseUrl = site.config().baseUrl();
        for (String url : listed) {
            if (!expected.containsKey(url)) {
                BuiltSite.Target target = url.startsWith(baseUrl + "/") ? site.resolve(FILE, url) : null;
                String why = target == null ? "which is not an address of the site (" + baseUrl + "/…)"
                        : target.problem() == null && site.has(target.file()) ? "which is not a public page" : "which leads to no file of the site";
                found.add(Diagnostic.error(FILE, 0, 0, "verify.sitemap", "lists " + url + ", " + why, HINT));
            }
        }
        expected.forEach((url, file) -> {
            if (!listed.contains(url)) {
                found.add(Diagnostic.error(FILE, 0, 0, "verify.sitemap", "does not list the public page " + url + " (" + file + ")" + site.from(file), HINT));
            }
        });
    }

    /** A page readers and search engines should find: every folder's index.html except the root's redirect. */
    private static boolean isPublicPage(String file) {
        return file.endsWith("/index.html");
    }

    /** The errors of the sitemap against the sitemaps.org schema; none when it is valid. */
    private static List<SAXParseException> schemaErrors(String text) {
        List<SAXParseException> errors = new ArrayList<>();
        try {
            SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            Schema schema = factory.newSchema(new StreamSource[] {schemaSource("xhtml-link.xsd"), schemaSource("sitemap.xsd")});
            Validator validator = schema.newValidator();
            validator.setErrorHandler(new ErrorHandler() {
                @Override
                public void warning(SAXParseException exception) {
                    // Advice, not an error of the sitemap.
                }

                @Override
                public void error(SAXParseException exception) {
                    errors.add(exception);
                }

                @Override
                public void fatalError(SAXParseException exception) {
                    errors.add(exception);
                }
            });
            try {
                validator.validate(new StreamSource(new StringReader(text), FILE));
            } catch (SAXException e) {
                if (errors.isEmpty() && e instanceof SAXParseException parse) {
                    errors.add(parse);
                }
            }
        } catch (SAXException | IOException e) {
            throw new IllegalStateException("the sitemap schemas cannot be read", e);
        }
        return errors;
    }

    private static StreamSource schemaSource(String name) throws IOException {
        URL url = Sitemap.class.getResource(name);
        if (url == null) {
            throw new IOException("missing resource " + name);
        }
        return new StreamSource(url.openStream(), url.toExternalForm());
    }
}
