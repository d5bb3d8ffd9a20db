package news.coop.portal.diag;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.IOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * The ways {@code portal check} reports what it found. Every format carries the same diagnostics
 * with the same {@code path:line:col} positions, in {@link Diagnostic#ORDER}:
 * <ul>
 *   <li>{@link #TEXT}: one {@link Diagnostic#toString() line} each, for people and editors' problem matchers;
 *   <li>{@link #JSON}: an object with the counts and a {@code diagnostics} array, for scripts;
 *   <li>{@link #JUNIT}: JUnit XML, which CI systems (GitLab, Jenkins, GitHub actions that read test
 *       reports) show as test results: one test case per source that passed, one per problem.
 * </ul>
 * The same input gives the same bytes. Stateless and thread-safe.
 */
public enum ReportFormat {
    TEXT {
        @Override
        public void write(Report report, Writer out) throws IOException {
            for (Diagnostic diagnostic : report.diagnostics()) {
                out.write(diagnostic + "\n");
            }
        }
    },
    JSON {
        @Override
        public void write(Report report, Writer out) throws IOException {
            DefaultPrettyPrinter pretty = new DefaultPrettyPrinter().withArrayIndenter(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE.withLinefeed("\n"))
                    .withObjectIndenter(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE.withLinefeed("\n"));
            try (JsonGenerator json = new JsonFactory().createGenerator(out).setPrettyPrinter(pretty)) {
                json.configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
                json.writeStartObject();
                json.writeNumberField("sources", report.sources().size());
                json.writeNumberField("errors", report.errors());
                json.writeNumberField("warnings", report.warnings());
                json.writeArrayFieldStart("diagnostics");
                for (Diagnostic diagnostic : report.diagnostics()) {
                    json.writeStartObject();
                    json.writeStringField("path", diagnostic.path());
                    json.writeNumberField("line", diagnostic.line());
                    json.writeNumberField("column", diagnostic.column());
                    json.writeStringField("severity", diagnostic.severity().label());
                    json.writeStringField("code", diagnostic.code());
                    json.writeStringField("message", diagnostic.message());
                    json.writeStringField("hint", diagnostic.hint());
                    json.writeStringField("text", diagnostic.toString());
                    json.writeEndObject();
                }
                json.writeEndArray();
                json.writeEndObject();
            }
            out.write("\n");
        }
    },
    JUNIT {
        @Override
        public void write(Report report, Writer out) throws IOException {
            Map<String, List<Diagnostic>> byPath = new LinkedHashMap<>();
            report.sources().forEach(source -> byPath.put(source, new java.util.ArrayList<>()));
            report.diagnostics().forEach(diagnostic -> byPath.computeIfAbsent(diagnostic.path(), path -> new java.util.ArrayList<>()).add(diagnostic));
            int cases = byPath.values().stream().mapToInt(problems -> Math.max(1, problems.size())).sum();
            try {
                XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
                xml.writeStartDocument("UTF-8", "1.0");
                xml.writeCharacters("\n");
                xml.writeStartElement("testsuites");
                suiteAttributes(xml, report.suite(), cases, report.errors());
                xml.writeCharacters("\n  ");
                xml.writeStartElement("testsuite");
                suiteAttributes(xml, report.suite(), cases, report.errors());
                for (Map.Entry<String, List<Diagnostic>> entry : byPath.entrySet()) {
                    if (entry.getValue().isEmpty()) {
                        xml.writeCharacters("\n    ");
                        xml.writeEmptyElement("testcase");
                        caseAttributes(xml, entry.getKey(), entry.getKey(), 0);
                    }
                    for (Diagnostic diagnostic : entry.getValue()) {
                        xml.writeCharacters("\n    ");
                        xml.writeStartElement("testcase");
                        String position = diagnostic.line() > 0 ? ":" + diagnostic.line() + (diagnostic.column() > 0 ? ":" + diagnostic.column() : "") : "";
                        caseAttributes(xml, entry.getKey(), entry.getKey() + position + " [" + diagnostic.code() + "]", diagnostic.line());
                        xml.writeCharacters("\n      ");
                        // A warning is a test that passed with something to say; an error is a failure.
                        xml.writeStartElement(diagnostic.isError() ? "failure" : "system-out");
                        if (diagnostic.isError()) {
                            xml.writeAttribute("type", diagnostic.code());
                            xml.writeAttribute("message", diagnostic.message());
                        }
                        xml.writeCharacters(diagnostic.toString());
                        xml.writeEndElement();
                        xml.writeCharacters("\n    ");
                        xml.writeEndElement();
                    }
                }
                xml.writeCharacters("\n  ");
                xml.writeEndElement();
                xml.writeCharacters("\n");
                xml.writeEndElement();
                xml.writeCharacters("\n");
                xml.writeEndDocument();
                xml.flush();
            } catch (XMLStreamException e) {
                throw new IOException(e);
            }
        }

        private static void suiteAttributes(XMLStreamWriter xml, String suite, int cases, long failures) throws XMLStreamException {
            xml.writeAttribute("name", suite);
            xml.writeAttribute("tests", Integer.toString(cases));
            xml.writeAttribute("failures", Long.toString(failures));
            xml.writeAttribute("errors", "0");
        }

        private static void caseAttributes(XMLStreamWriter xml, String path, String name, int line) throws XMLStreamException {
            xml.writeAttribute("classname", path);
            xml.writeAttribute("name", name);
            xml.writeAttribute("file", path);
            if (line > 0) {
                xml.writeAttribute("line", Integer.toString(line));
            }
        }
    };

    /** Writes the report; does not close {@code out}. */
    public abstract void write(Report report, Writer out) throws IOException;

    /**
     * What a check found.
     *
     * @param diagnostics every problem, in {@link Diagnostic#ORDER}
     * @param sources     every source the check read, as diagnostics name them
     * @param suite       the name of the JUnit test suite: the command that checked
     */
    public record Report(List<Diagnostic> diagnostics, List<String> sources, String suite) {
        public Report {
            diagnostics = diagnostics.stream().sorted(Diagnostic.ORDER).toList();
            sources = sources.stream().sorted().toList();
        }

        /** A report of {@code portal check}. */
        public Report(List<Diagnostic> diagnostics, List<String> sources) {
            this(diagnostics, sources, "portal check");
        }

        public long errors() {
            return diagnostics.stream().filter(Diagnostic::isError).count();
        }

        public long warnings() {
            return diagnostics.size() - errors();
        }

        /** The same report with every warning made an error, for {@code --strict}. */
        public Report strict() {
            return new Report(diagnostics.stream().map(Diagnostic::asError).toList(), sources, suite);
        }
    }
}
