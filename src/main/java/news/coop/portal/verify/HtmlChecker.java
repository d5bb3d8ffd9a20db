package news.coop.portal.verify;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import news.coop.portal.diag.Diagnostic;
import nu.validator.validation.SimpleDocumentValidator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The Nu HTML Checker (the engine of validator.w3.org/nu), run in-process with the schemas it ships:
 * no network. Only its errors count; its warnings and notes are advice.
 *
 * <p>Setting it up reads its schemas (about two seconds); a page then takes a few milliseconds. Not
 * thread-safe: one checker per thread.
 */
final class HtmlChecker {
    /** The schema the checker's own command line uses by default: HTML5 with SVG, MathML and ARIA. */
    private static final String SCHEMA = "http://s.validator.nu/html5-all.rnc";

    private final SimpleDocumentValidator validator;
    private final Collector collector = new Collector();

    HtmlChecker() {
        try {
            validator = new SimpleDocumentValidator(false, false, false);
            validator.setUpMainSchema(SCHEMA, collector);
            validator.setUpValidatorAndParsers(collector, true, false);
        } catch (Exception e) {
            throw new IllegalStateException("the Nu HTML Checker cannot be set up: " + e, e);
        }
    }

    /** Every error in one page, at its line and column. */
    List<Diagnostic> check(String path, String html, String from) {
        collector.path = path;
        collector.from = from;
        collector.found = new ArrayList<>();
        InputSource input = new InputSource(new StringReader(html));
        input.setSystemId(path);
        input.setEncoding("UTF-8");
        try {
            validator.checkHtmlInputSource(input);
        } catch (IOException | SAXException e) {
            collector.found.add(Diagnostic.error(path, 0, 0, "verify.html", "the page cannot be read as HTML: " + e.getMessage(), hint(from)));
        }
        return collector.found;
    }

    private static String hint(String from) {
        return "correct the template" + (from.isEmpty() ? "" : " or the Markdown of " + from) + " that makes this markup";
    }

    private static final class Collector implements ErrorHandler {
        private String path;
        private String from;
        private List<Diagnostic> found;

        @Override
        public void warning(SAXParseException exception) {
            // Advice, not an error of the page.
        }

        @Override
        public void error(SAXParseException exception) {
            if (found != null) {
                found.add(Diagnostic.error(path, Math.max(0, exception.getLineNumber()), Math.max(0, exception.getColumnNumber()), "verify.html",
                        exception.getMessage() + BuiltSite.made(from), hint(from)));
            }
        }

        @Override
        public void fatalError(SAXParseException exception) {
            error(exception);
        }
    }
}
