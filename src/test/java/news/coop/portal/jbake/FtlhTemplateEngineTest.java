package news.coop.portal.jbake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import news.coop.portal.render.Views;
import org.jbake.app.configuration.DefaultJBakeConfiguration;
import org.jbake.app.configuration.JBakeConfigurationFactory;
import org.jbake.template.RenderingException;
import org.jbake.template.model.TemplateModel;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Our Freemarker engine is strict where JBake's stock engine is lax. */
class FtlhTemplateEngineTest {
    @TempDir
    Path dir;
    private FtlhTemplateEngine engine;

    @BeforeEach
    void engine() throws Exception {
        Files.createDirectories(dir.resolve("templates"));
        Files.createDirectories(dir.resolve("content"));
        Files.writeString(dir.resolve("jbake.properties"), "site.host=https://example.org\n");
        DefaultJBakeConfiguration config = new JBakeConfigurationFactory().createDefaultJbakeConfiguration(dir.toFile(), dir.resolve("out").toFile(), false);
        engine = new FtlhTemplateEngine(config, null);
    }

    private String render(String name, String template, Object value) throws Exception {
        Files.writeString(dir.resolve("templates").resolve(name), template);
        TemplateModel model = new TemplateModel();
        model.put("value", value);
        StringWriter out = new StringWriter();
        engine.renderDocument(model, name, out);
        return out.toString();
    }

    @Test
    void htmlTemplatesEscapeEveryValue() throws Exception {
        assertThat(render("a.ftlh", "<p>${value}</p>", "<script>alert(1)</script> & \"x\""))
                .isEqualTo("<p>&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;x&quot;</p>");
    }

    @Test
    void xmlTemplatesEscapeForXml() throws Exception {
        assertThat(render("a.ftlx", "<t>${value}</t>", "a < b & 'c'")).isEqualTo("<t>a &lt; b &amp; &apos;c&apos;</t>");
    }

    @Test
    void recordComponentsReadAsValuesAndNumbersNeverGetLocaleSeparators() throws Exception {
        assertThat(render("a.ftlh", "${value.label}: ${value.count}", new Views.TermView("roads", "Roads", "About roads", "/en/areas/roads/", null, 12345)))
                .isEqualTo("Roads: 12345");
    }

    @Test
    void aMissingValueFailsInsteadOfPrintingADebugTraceIntoThePage() throws Exception {
        Files.writeString(dir.resolve("templates").resolve("b.ftlh"), "<p>${missing}</p>");
        StringWriter out = new StringWriter();

        assertThatThrownBy(() -> engine.renderDocument(new TemplateModel(), "b.ftlh", out)).isInstanceOf(RenderingException.class);
        assertThat(out.toString()).doesNotContain("FreeMarker", "missing", "Tip");
    }

    @Test
    void templatesCannotReachJavaClasses() throws Exception {
        Files.writeString(dir.resolve("templates").resolve("c.ftlh"), "<#assign e = \"freemarker.template.utility.Execute\"?new()>${e(\"id\")}");

        assertThatThrownBy(() -> engine.renderDocument(new TemplateModel(), "c.ftlh", new StringWriter())).isInstanceOf(RenderingException.class);
        assertThat(List.of(dir.toFile().list())).doesNotContain("out");
    }
}
