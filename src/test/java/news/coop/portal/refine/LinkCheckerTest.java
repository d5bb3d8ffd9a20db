package news.coop.portal.refine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import news.coop.portal.diag.Diagnostic;
import org.junit.jupiter.api.Test;

/**
 * Pins which links the build refuses to publish: every internal link, image and stylesheet must lead
 * to a file of the site and every {@code #fragment} to an id on the target page; external links are
 * not checked; a site served under a base path only accepts links that include it.
 */
class LinkCheckerTest {
    /** What the site publishes, as paths inside it. */
    private static final Set<String> FILES = Set.of("en/index.html", "en/about/index.html", "en/news/2023/09/x/index.html",
            "en/news/2023/09/x/boiler.jpg", "css/site.css", "ru/index.html");
    private static final String ABOUT = "<main id=\"main-content\"><h2 id=\"contact\">Contact</h2></main>";

    @Test
    void linksToExistingFilesAndFolderUrlsPass() {
        List<Diagnostic> problems = check("https://news.example.org", "en/index.html", "", """
                <link rel="stylesheet" href="/css/site.css">
                <a href="/en/about/">About</a>
                <a href="/en/">Home</a>
                <a href="/ru/index.html">Русский</a>
                <img src="/en/news/2023/09/x/boiler.jpg" alt="">
                """);

        assertThat(problems).isEmpty();
    }

    @Test
    void aMissingPageIsReportedOnTheSourceWithTargetAndPage() {
        List<Diagnostic> problems = check("https://news.example.org", "en/about/index.html", "content/pages/about.md", """
                <a href="/en/areas/enrgy/">Energy</a>
                """);

        assertThat(problems).singleElement().satisfies(problem -> {
            assertThat(problem.toString()).startsWith("content/pages/about.md: error [link.broken] "
                    + "the link \"/en/areas/enrgy/\" leads to no file of the site (on en/about/index.html) — ");
            assertThat(problem.hint()).contains("/en/areas/energy/");
        });
    }

    @Test
    void aBrokenLinkOnAGeneratedPageIsReportedOnThePublishedFile() {
        List<Diagnostic> problems = check("https://news.example.org", "en/index.html", "", "<img src=\"/images/missing.png\" alt=\"\">");

        assertThat(problems).extracting(Diagnostic::path).containsExactly("target/site/en/index.html");
        assertThat(problems.get(0).message()).contains("\"/images/missing.png\"");
    }

    @Test
    void anEmptyAddressIsReported() {
        List<Diagnostic> problems = check("https://news.example.org", "en/index.html", "", "<a href=\"\">nowhere</a>");

        assertThat(problems).extracting(Diagnostic::message).containsExactly("an empty href (on en/index.html)");
    }

    @Test
    void aFragmentMustNameAnIdOnTheTargetPage() {
        LinkChecker checker = new LinkChecker(Sites.at("https://news.example.org"));
        collect(checker, "https://news.example.org", "en/about/index.html", "", ABOUT + "<a href=\"#contact\">Contact</a><a href=\"#nope\">Nope</a>");
        collect(checker, "https://news.example.org", "en/index.html", "", """
                <a href="/en/about/#contact">Contact</a>
                <a href="/en/about/#kontakt">Contact</a>
                """);

        assertThat(checker.check(FILES)).extracting(Diagnostic::message).containsExactlyInAnyOrder(
                "the link \"#nope\" names #nope, which is not on that page (on en/about/index.html)",
                "the link \"/en/about/#kontakt\" names #kontakt, which is not on that page (on en/index.html)");
    }

    @Test
    void relativeLinksAreResolvedAgainstThePage() {
        List<Diagnostic> problems = check("https://news.example.org", "en/news/2023/09/x/index.html", "content/news/2023/2023-09-26-x.md", """
                <img src="boiler.jpg" alt="">
                <a href="../../../../about/">About</a>
                <a href="../../../../abuot/">About</a>
                """);

        assertThat(problems).extracting(Diagnostic::message)
                .containsExactly("the link \"../../../../abuot/\" leads to no file of the site (on en/news/2023/09/x/index.html)");
    }

    @Test
    void externalAndNonWebLinksAreNotChecked() {
        List<Diagnostic> problems = check("https://news.example.org", "en/index.html", "", """
                <a href="https://www.gov.example/missing/">Gov</a>
                <a href="http://news.example.org.evil.example/missing/">Look-alike</a>
                <a href="mailto:press@news.example.org">Mail</a>
                <a href="tel:+375170000000">Phone</a>
                """);

        assertThat(problems).isEmpty();
    }

    @Test
    void anAbsoluteLinkToTheSitesOwnHostIsChecked() {
        List<Diagnostic> problems = check("https://news.example.org", "en/index.html", "", """
                <a href="https://news.example.org/en/about/">About</a>
                <a href="https://news.example.org/en/missing/">Missing</a>
                """);

        assertThat(problems).extracting(Diagnostic::message)
                .containsExactly("the link \"https://news.example.org/en/missing/\" leads to no file of the site (on en/index.html)");
    }

    @Test
    void underABasePathSiteLinksMustIncludeIt() {
        List<Diagnostic> problems = check("https://example.org/news", "en/index.html", "", """
                <a href="/news/en/">Home</a>
                <a href="/news/en/about/">About</a>
                <a href="https://example.org/news/en/about/">About</a>
                <a href="/en/">Home without the base path</a>
                <a href="https://example.org/news/en/missing/">Missing</a>
                """);

        assertThat(problems).extracting(Diagnostic::message).containsExactly(
                "the link \"/en/\" leaves the site's base path /news (on en/index.html)",
                "the link \"https://example.org/news/en/missing/\" leads to no file of the site (on en/index.html)");
    }

    @Test
    void underABasePathRelativeLinksAndFragmentsStayInside() {
        // Regression: the layout's skip link "#main-content" was reported as leaving the base path.
        List<Diagnostic> problems = check("https://example.org/news", "en/index.html", "", """
                <a href="#main-content">Skip to main content</a>
                <main id="main-content"><a href="about/">About</a><a href="./abuot/">About</a></main>
                """);

        assertThat(problems).extracting(Diagnostic::message)
                .containsExactly("the link \"./abuot/\" leads to no file of the site (on en/index.html)");
    }

    @Test
    void aPlusIsAPlusAndEscapesAreReadAsUtf8() {
        // Regression: a link to /docs/report+2022.pdf, a file the site has, was read with a space for the plus.
        LinkChecker checker = new LinkChecker(Sites.at("https://news.example.org"));
        checker.collect("en/index.html", "", PageScan.scan("""
                <a href="/docs/report+2022.pdf">r</a> <a href="/docs/report%2B2022.pdf">r</a> <a href="/docs/annual%20report.pdf">a</a>
                <a href="/docs/%D0%BE%D1%82%D1%87%D1%91%D1%82.pdf">o</a> <a href="/docs/отчёт.pdf">o</a> <a href="https://news.example.org/docs/a%2bb.pdf">ab</a>
                <a href="../docs/annual report.pdf">a</a>
                """));

        assertThat(checker.check(Set.of("en/index.html", "docs/report+2022.pdf", "docs/annual report.pdf", "docs/отчёт.pdf", "docs/a+b.pdf"))).isEmpty();
    }

    @Test
    void anAddressThatCannotNameAFileSaysWhy() {
        List<Diagnostic> problems = check("https://news.example.org", "en/index.html", "", """
                <a href="/docs/50%off.pdf">sale</a>
                <a href="/docs/a%2Fb.pdf">slash</a>
                <a href="../../secret.txt">climbing</a>
                """);

        assertThat(problems).extracting(Diagnostic::message).containsExactly(
                "the link \"/docs/50%off.pdf\" is not a valid address: \"%of\" is not a percent-escape (a % sign is written %25) (on en/index.html)",
                "the link \"/docs/a%2Fb.pdf\" is not a valid address: \"%2F\" is an encoded slash, which no file name holds (on en/index.html)",
                "the link \"../../secret.txt\" is not a valid address: its \"..\" segments climb out of the site (on en/index.html)");
    }

    private static List<Diagnostic> check(String baseUrl, String output, String source, String body) {
        LinkChecker checker = new LinkChecker(Sites.at(baseUrl));
        collect(checker, baseUrl, output, source, body);
        return checker.check(FILES);
    }

    private static void collect(LinkChecker checker, String baseUrl, String output, String source, String body) {
        checker.collect(output, source, PageScan.scan(body));
    }
}
