package news.coop.portal.verify;

import java.io.IOException;
import java.io.StringReader;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Reads one file of a sitemap as the sitemaps.org protocol defines it: a sitemap ({@code <urlset>},
 * against {@code sitemap.xsd} with its {@code xhtml:link} alternates) or a sitemap index
 * ({@code <sitemapindex>}, against {@code siteindex.xsd}), with the JDK's XML parsers; the schemas ship
 * with the tool ({@code SOURCES.md} beside them). The two official schemas share one namespace, so
 * each is compiled on its own. One instance per check; not thread-safe (its validators are not).
 */
final class SitemapFiles {
    private static final String NAMESPACE = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private final Schema urlset;
    private final Schema index;
    private final XMLInputFactory xml;

    SitemapFiles() {
        try {
            SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            urlset = factory.newSchema(new StreamSource[] {schemaSource("xhtml-link.xsd"), schemaSource("sitemap.xsd")});
            index = factory.newSchema(new StreamSource[] {schemaSource("siteindex.xsd")});
        } catch (SAXException | IOException e) {
            throw new IllegalStateException("the sitemap schemas cannot be read", e);
        }
        xml = XMLInputFactory.newFactory();
        xml.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        xml.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    }

    /**
     * A file read: whether it is an index, every error against its schema (none when valid), and
     * the {@code loc} of each entry in order (each {@code url} of a sitemap, each {@code sitemap}
     * of an index), trimmed; the entries only of a valid file.
     */
    record Read(boolean index, List<SAXParseException> errors, List<String> locs) {
        boolean valid() {
            return errors.isEmpty();
        }
    }

    /** Reads {@code text}, the file {@code name}: an index when its root element is {@code sitemapindex}, else a sitemap. */
    Read read(String name, String text) {
        boolean isIndex = "sitemapindex".equals(root(text));
        List<SAXParseException> errors = errors(isIndex ? index : urlset, name, text);
        return new Read(isIndex, List.copyOf(errors), errors.isEmpty() ? locs(text, isIndex ? "sitemap" : "url") : List.of());
    }

    /** The local name of the root element in the sitemaps.org namespace, or null (another root, or not XML: the schema says why). */
    private String root(String text) {
        try {
            XMLStreamReader reader = xml.createXMLStreamReader(new StringReader(text));
            try {
                while (reader.hasNext()) {
                    if (reader.next() == XMLStreamConstants.START_ELEMENT) {
                        return NAMESPACE.equals(reader.getNamespaceURI()) ? reader.getLocalName() : null;
                    }
                }
                return null;
            } finally {
                reader.close();
            }
        } catch (XMLStreamException e) {
            return null;
        }
    }

    /** The text of every {@code loc} right inside an {@code entry} element, in order; the file is valid. */
    private List<String> locs(String text, String entry) {
        List<String> locs = new ArrayList<>();
        try {
            XMLStreamReader reader = xml.createXMLStreamReader(new StringReader(text));
            try {
                int depth = 0;
                while (reader.hasNext()) {
                    int event = reader.next();
                    if (event == XMLStreamConstants.START_ELEMENT) {
                        depth++;
                        if (depth == 3 && reader.getLocalName().equals("loc") && NAMESPACE.equals(reader.getNamespaceURI())) {
                            locs.add(reader.getElementText().strip());
                            depth--;
                        }
                    } else if (event == XMLStreamConstants.END_ELEMENT) {
                        depth--;
                    }
                }
            } finally {
                reader.close();
            }
        } catch (XMLStreamException e) {
            throw new IllegalStateException("a sitemap valid against its schema cannot be read: " + e.getMessage(), e);
        }
        return locs;
    }

    private static List<SAXParseException> errors(Schema schema, String name, String text) {
        List<SAXParseException> errors = new ArrayList<>();
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
            validator.validate(new StreamSource(new StringReader(text), name));
        } catch (SAXException e) {
            if (errors.isEmpty() && e instanceof SAXParseException parse) {
                errors.add(parse);
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + name + " from memory", e);
        }
        return errors;
    }

    private static StreamSource schemaSource(String name) throws IOException {
        URL url = SitemapFiles.class.getResource(name);
        if (url == null) {
            throw new IOException("missing resource " + name);
        }
        return new StreamSource(url.openStream(), url.toExternalForm());
    }
}
