package news.coop.portal.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * A published sitemap file read as a crawler would: validated against the sitemaps.org schemas the
 * tool ships (a sitemap with its {@code xhtml:link} alternates, or an index), then parsed with the
 * JDK's namespace-aware DOM parser into its entries.
 */
final class SitemapXml {
    static final String SITEMAPS = "http://www.sitemaps.org/schemas/sitemap/0.9";
    static final String XHTML = "http://www.w3.org/1999/xhtml";

    /** One {@code <url>} of a sitemap: its loc, its lastmod ("" when absent), and its alternates as {@code hreflang=href}. */
    record Url(String loc, String lastmod, List<String> alternates) {
    }

    /** One {@code <sitemap>} of an index. */
    record Part(String loc, String lastmod) {
    }

    private SitemapXml() {
    }

    /** The entries of a sitemap (or a part), valid against sitemap.xsd. */
    static List<Url> urls(Path file) {
        Element root = parse(file, schema("xhtml-link.xsd", "sitemap.xsd"));
        assertThat(root.getLocalName()).as(file.toString()).isEqualTo("urlset");
        List<Url> urls = new ArrayList<>();
        for (Element url : children(root, SITEMAPS, "url")) {
            List<String> alternates = new ArrayList<>();
            for (Element link : children(url, XHTML, "link")) {
                assertThat(link.getAttribute("rel")).isEqualTo("alternate");
                alternates.add(link.getAttribute("hreflang") + "=" + link.getAttribute("href"));
            }
            urls.add(new Url(text(url, "loc"), text(url, "lastmod"), List.copyOf(alternates)));
        }
        return urls;
    }

    /** The parts an index lists, valid against siteindex.xsd. */
    static List<Part> parts(Path file) {
        Element root = parse(file, schema("siteindex.xsd"));
        assertThat(root.getLocalName()).as(file.toString()).isEqualTo("sitemapindex");
        return children(root, SITEMAPS, "sitemap").stream().map(sitemap -> new Part(text(sitemap, "loc"), text(sitemap, "lastmod"))).toList();
    }

    /** Whether the file's root element is a sitemap index. */
    static boolean isIndex(Path file) {
        return parse(file, null).getLocalName().equals("sitemapindex");
    }

    private static Element parse(Path file, Schema schema) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            if (schema != null) {
                schema.newValidator().validate(new StreamSource(file.toFile()));
            }
            Document document = factory.newDocumentBuilder().parse(file.toFile());
            assertThat(document.getDocumentElement().getNamespaceURI()).as(file.toString()).isEqualTo(SITEMAPS);
            return document.getDocumentElement();
        } catch (SAXException e) {
            throw new AssertionError(file + " is not valid: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Schema schema(String... names) {
        try {
            List<StreamSource> sources = new ArrayList<>();
            for (String name : names) {
                URL url = SitemapXml.class.getResource("/news/coop/portal/verify/" + name);
                assertThat(url).as("the schema " + name + " ships with the tool").isNotNull();
                sources.add(new StreamSource(url.toExternalForm()));
            }
            return SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI).newSchema(sources.toArray(StreamSource[]::new));
        } catch (SAXException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Element> children(Element parent, String namespace, String name) {
        List<Element> children = new ArrayList<>();
        for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element && namespace.equals(element.getNamespaceURI()) && name.equals(element.getLocalName())) {
                children.add(element);
            }
        }
        return children;
    }

    private static String text(Element parent, String name) {
        List<Element> found = children(parent, SITEMAPS, name);
        return found.isEmpty() ? "" : found.get(0).getTextContent().strip();
    }

    /** The bytes of a file. */
    static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
