package news.coop.portal.jbake;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import news.coop.portal.TestSite;
import news.coop.portal.config.SiteConfig;
import news.coop.portal.diag.Diagnostics;
import news.coop.portal.render.Messages;
import news.coop.portal.render.PageJob;
import news.coop.portal.render.PageModel;
import news.coop.portal.render.PageRenderer;
import news.coop.portal.render.Views;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The render stage's engine is JBake's: its registry picks our engine by the template's extension, and
 * templates get JBake's model ({@code config}, {@code version}, {@code content}) beside the page kind's
 * keys and our functions.
 */
class JBakeRendererTest {
    @TempDir
    Path dir;
    private TestSite site;

    @BeforeEach
    void site() {
        site = TestSite.create(dir);
    }

    private PageRenderer renderer() throws Exception {
        SiteConfig config = JBakeConfigs.read(site.root(), site.output(), null).config();
        Diagnostics problems = new Diagnostics();
        Messages messages = Messages.load(config, problems);
        assertThat(problems.sorted()).isEmpty();
        return new JBakeRenderer(config, messages, file -> file.replace(".css", ".0123456789.css"));
    }

    private static PageJob home(String output) {
        Views.SiteView view = new Views.SiteView("News", "https://news.example.org", "en", List.of(), null);
        Views.PageInfo info = new Views.PageInfo("home", "en", "Latest news", "All the news", "/en/", "https://news.example.org/en/", "website",
                List.of(), null, List.of(), null, null, null);
        return new PageJob(output, "en", view, info, new PageModel.Home(List.of(), new Views.Pagination(1, 1, null, null, List.of())), "");
    }

    @Test
    void templatesGetJBakesModelBesideThePageKindsKeysAndOurFunctions() throws Exception {
        site.file("templates/home.ftlh", "${config.site_host}|${version}|${content.uri}|${content.page.title}|${page.title}|${items?size}"
                + "|${pagination.total}|${msg('nav.home')}|${url('/en/')}|${asset('css/site.css')}");

        PageRenderer.Rendered page = renderer().render(home("en/index.html"));

        assertThat(page.failure()).isNull();
        assertThat(page.text()).isEqualTo("https://news.example.org|v2.7.0|en/index.html|Latest news|Latest news|0|1|Home|/en/|/css/site.0123456789.css");
    }

    @Test
    void aTemplateMistakeIsADiagnosticAtItsLineAndColumnAndNothingOfThePage() throws Exception {
        site.file("templates/home.ftlh", "<p>\n  ${page.titel}\n</p>\n");

        PageRenderer.Rendered page = renderer().render(home("en/index.html"));

        assertThat(page.text()).isEmpty();
        assertThat(page.failure().toString()).startsWith("templates/home.ftlh:2:5: error [template.error] ")
                .contains("page.titel", "(while rendering en/index.html)");
    }

    @Test
    void aMissingTemplateSaysWhichFileToCreate() throws Exception {
        site.delete("templates/home.ftlh");

        PageRenderer.Rendered page = renderer().render(home("en/index.html"));

        assertThat(page.failure().toString()).isEqualTo("templates/home.ftlh: error [template.missing] the template for en/index.html does not exist"
                + " — create templates/home.ftlh (see docs/templates.md)");
    }
}
