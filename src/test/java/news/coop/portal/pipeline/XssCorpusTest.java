package news.coop.portal.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import news.coop.portal.Json;
import news.coop.portal.TestSite;
import news.coop.portal.XssCorpus;
import news.coop.portal.XssCorpus.Kind;
import news.coop.portal.XssCorpus.Vector;
import news.coop.portal.diag.BuildFailure;
import news.coop.portal.diag.Diagnostic;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The XSS corpus ({@code src/test/resources/xss/vectors.txt}), built as one site with an item per
 * vector: no vector survives into any page, feed or search file, read with jsoup element by element;
 * titles, leads and every other front-matter value reach each place as text; each vector with
 * something removed is warned of (an error with {@code --strict}); and the vectors a build refuses
 * stop it.
 */
class XssCorpusTest {
    @TempDir
    static Path dir;
    private static TestSite corpus;
    private static BuildResult built;
    /** The scripts of a site without the corpus: the site's own. */
    private static Set<String> ownScripts;

    @BeforeAll
    static void build() throws Exception {
        TestSite clean = TestSite.create(dir.resolve("clean")).standardPages().news("2024-01-02-plain", "Plain", "energy");
        clean.build();
        ownScripts = new TreeSet<>();
        for (Path page : pages(clean)) {
            Jsoup.parse(page.toFile()).select("script").forEach(script -> ownScripts.add(signature(script)));
        }
        corpus = XssCorpus.site(dir.resolve("corpus"), vector -> vector.kind() != Kind.REFUSED);
        built = corpus.build();
    }

    @Test
    void theCorpusHoldsThirtyVectorsOrMoreThatThePolicyRemoves() {
        List<Vector> vectors = XssCorpus.vectors();
        assertThat(vectors).hasSizeGreaterThanOrEqualTo(30);
        assertThat(vectors.stream().filter(vector -> vector.kind() == Kind.REMOVED)).hasSizeGreaterThanOrEqualTo(30);
        assertThat(vectors.stream().map(Vector::kind)).contains(Kind.values());
    }

    @Test
    void noVectorSurvivesIntoAPage() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Path file : pages(corpus)) {
            Document page = Jsoup.parse(file.toFile());
            String where = corpus.output().relativize(file).toString();
            problems.addAll(XssCorpus.activeContent(page, where));
            for (Element text : page.select(".prose")) {
                problems.addAll(XssCorpus.notInText(text, where));
            }
            for (Element script : page.select("script")) {
                if (script.attr("type").equals("application/ld+json")) {
                    Json.parse(script.data());
                } else if (!ownScripts.contains(signature(script))) {
                    problems.add(where + ": a script that is not the site's own: " + script.outerHtml());
                }
            }
        }
        assertThat(problems).isEmpty();
        // The corpus did reach the pages: every vector's item is published.
        XssCorpus.vectors().stream().filter(vector -> vector.kind() != Kind.REFUSED)
                .forEach(vector -> assertThat(corpus.exists(vector.url())).as(vector.toString()).isTrue());
    }

    @Test
    void noVectorSurvivesIntoAFeed() throws Exception {
        List<Path> feeds = files(corpus, ".xml").stream().filter(file -> file.getFileName().toString().equals("feed.xml")).toList();
        assertThat(feeds).isNotEmpty();
        List<String> problems = new ArrayList<>();
        for (Path file : feeds) {
            // Well-formed XML for a strict parser, whatever the titles held.
            DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile());
            Document feed = Jsoup.parse(Files.readString(file), "", Parser.xmlParser());
            for (Element content : feed.select("entry > content")) {
                Element text = Jsoup.parseBodyFragment(content.text()).body();
                String where = corpus.output().relativize(file) + " " + content.parent().selectFirst("id").text();
                problems.addAll(XssCorpus.activeContent(text, where));
                problems.addAll(XssCorpus.notInText(text, where));
            }
        }
        assertThat(problems).isEmpty();
        Document feed = Jsoup.parse(corpus.text("/en/feed.xml"), "", Parser.xmlParser());
        assertThat(feed.select("entry")).hasSize(built.newsItems());
    }

    @Test
    @SuppressWarnings("unchecked")
    void frontMatterValuesReachEveryPlaceAsText() {
        Document feed = Jsoup.parse(corpus.text("/en/feed.xml"), "", Parser.xmlParser());
        List<Object> searchDocuments = new ArrayList<>();
        for (int chunk = 0; corpus.exists("/en/search/d/" + chunk + ".json"); chunk++) {
            searchDocuments.addAll(Json.array(corpus.text("/en/search/d/" + chunk + ".json")));
        }
        for (Vector vector : XssCorpus.vectors().stream().filter(vector -> vector.kind() == Kind.FRONT_MATTER).toList()) {
            Document page = corpus.page(vector.url());
            assertThat(page.selectFirst("main h1").text()).as(vector.toString()).isEqualTo(vector.title());
            assertThat(page.title()).as(vector.toString()).startsWith(vector.title());
            assertThat(page.selectFirst("meta[property=og:title]").attr("content")).as(vector.toString()).isEqualTo(vector.title());
            assertThat(page.selectFirst("meta[name=description]").attr("content")).as(vector.toString()).isEqualTo(vector.lead());
            Map<String, Object> jsonLd = Json.object(page.selectFirst("script[type=application/ld+json]").data());
            assertThat(jsonLd).as(vector.toString()).containsEntry("headline", vector.title()).containsEntry("description", vector.lead());
            Element entry = feed.select("entry").stream().filter(e -> e.selectFirst("link").attr("href").endsWith(vector.url())).findFirst().orElseThrow();
            assertThat(entry.selectFirst("title").text()).as(vector.toString()).isEqualTo(vector.title());
            assertThat(entry.selectFirst("summary").text()).as(vector.toString()).isEqualTo(vector.lead());
            assertThat(searchDocuments).as(vector.toString())
                    .anySatisfy(document -> assertThat((List<Object>) document).contains(vector.url(), vector.title(), vector.lead()));
            vector.frontMatter().forEach((key, value) -> {
                if (key.startsWith("image_")) {
                    String shown = key.equals("image_alt") ? page.selectFirst("main figure img").attr("alt") : page.selectFirst("main figure figcaption").text();
                    assertThat(shown).as(vector + " " + key).contains(value);
                }
            });
        }
    }

    @Test
    void eachVectorWithSomethingRemovedIsWarnedOfAtItsItem() {
        for (Vector vector : XssCorpus.vectors()) {
            List<Diagnostic> warnings = built.warnings().stream()
                    .filter(warning -> warning.path().equals(vector.source()) && warning.code().startsWith("html.")).toList();
            if (vector.kind() == Kind.REMOVED) {
                assertThat(warnings).as(vector.toString()).isNotEmpty();
                // At a line of the vector's text (the body starts on line 8).
                assertThat(warnings).as(vector.toString()).allSatisfy(warning -> assertThat(warning.line()).isBetween(8, 8 + vector.text().split("\n").length));
            } else {
                assertThat(warnings).as(vector.toString()).isEmpty();
            }
        }
    }

    @Test
    void withStrictEachOfThoseWarningsIsAnErrorAndNothingIsPublished() {
        Path output = dir.resolve("strict");
        BuildOptions strict = new BuildOptions(corpus.root(), output, false, TestSite.NOW).withStrict(true);
        BuildFailure failure = catchThrowableOfType(BuildFailure.class, () -> corpus.build(strict));

        assertThat(failure).isNotNull();
        for (Vector vector : XssCorpus.vectors().stream().filter(vector -> vector.kind() == Kind.REMOVED).toList()) {
            assertThat(failure.diagnostics()).as(vector.toString())
                    .anySatisfy(error -> assertThat(error).matches(d -> d.isError() && d.path().equals(vector.source()) && d.code().startsWith("html.")));
        }
        assertThat(output).doesNotExist();
    }

    @Test
    void theVectorsABuildRefusesStopIt() {
        TestSite refused = XssCorpus.site(dir.resolve("refused"), vector -> vector.kind() == Kind.REFUSED);
        assertThatThrownBy(refused::build).isInstanceOfSatisfying(BuildFailure.class, failure -> {
            for (Vector vector : XssCorpus.vectors().stream().filter(vector -> vector.kind() == Kind.REFUSED).toList()) {
                assertThat(failure.diagnostics()).as(vector.toString())
                        .anySatisfy(error -> assertThat(error).matches(d -> d.isError() && d.path().equals(vector.source())));
            }
        });
        assertThat(refused.publishedFiles()).isEmpty();
    }

    /** A script as the site has it: its file, or its code. */
    private static String signature(Element script) {
        return script.hasAttr("src") ? "src " + script.attr("src") : script.attr("type") + " " + script.data();
    }

    private static List<Path> pages(TestSite site) {
        return files(site, ".html");
    }

    private static List<Path> files(TestSite site, String extension) {
        try (Stream<Path> walk = Files.walk(site.output())) {
            return walk.filter(file -> file.toString().endsWith(extension)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
