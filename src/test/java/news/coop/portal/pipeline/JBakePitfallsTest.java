package news.coop.portal.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import news.coop.portal.TestSite;
import news.coop.portal.diag.BuildFailure;
import news.coop.portal.diag.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One test for each way stock JBake 2.7.0 misbehaves (see JBAKE-NOTES.md), proving the portal does
 * not inherit it.
 */
class JBakePitfallsTest {
    @TempDir
    Path dir;

    private TestSite site() {
        return TestSite.create(dir).standardPages()
                .news("2023-05-05-public", "Public item", "energy");
    }

    /** Every published file's text, to search for any trace of a hidden item. */
    private String everything(TestSite site) throws Exception {
        StringBuilder all = new StringBuilder();
        for (String file : site.publishedFiles()) {
            all.append(file).append('\n');
            if (file.endsWith(".gz") || file.endsWith(".br")) {
                // The compressed copies too: a stale one would be a trace of its own.
                all.append(new String(TestSite.decompressed(site.output().resolve(file)), java.nio.charset.StandardCharsets.UTF_8));
            } else if (!file.endsWith(".css")) {
                all.append(Files.readString(site.output().resolve(file)));
            }
        }
        return all.toString();
    }

    @Test
    void aDraftLeavesNoTraceAndNoDashDraftFile() throws Exception {
        TestSite site = site().news("2023-06-06-secret-draft", "Secret draft title", "energy, roads", "status: draft");
        site.build();

        assertThat(site.publishedFiles()).noneMatch(file -> file.contains("-draft") || file.contains("secret"));
        assertThat(everything(site)).doesNotContain("Secret draft title", "secret-draft");
        assertThat(site.exists("/en/areas/roads/")).isFalse();

        site.build(new BuildOptions(site.root(), site.output(), true, TestSite.NOW));
        assertThat(site.exists("/en/news/2023/06/secret-draft/")).isTrue();
    }

    @Test
    void anEmbargoedItemLeavesNoTraceUntilItsTime() throws Exception {
        TestSite site = site().news("2026-03-01-future-decree", "Future decree title", "energy");
        site.build();

        assertThat(site.publishedFiles()).noneMatch(file -> file.contains("future-decree") || file.contains("2026"));
        assertThat(everything(site)).doesNotContain("Future decree title", "future-decree");

        site.build(new BuildOptions(site.root(), site.output(), false, Instant.parse("2026-03-02T00:00:00Z")));
        assertThat(site.exists("/en/news/2026/03/future-decree/")).isTrue();
        assertThat(site.page("/en/").select("main a").eachText()).contains("Future decree title");
    }

    /** serve builds without --now: each build is as of its own moment, so an embargo lifts without a restart. */
    @Test
    void aSessionWithoutAFixedNowLiftsAnEmbargoWhenItsTimeComes() throws Exception {
        OffsetDateTime soon = Instant.now().plusSeconds(2).truncatedTo(ChronoUnit.SECONDS).atOffset(ZoneOffset.ofHours(3));
        TestSite site = site().news("2026-01-01-soon", "Soon", "energy", "date: " + soon);
        String url = String.format(Locale.ROOT, "/en/news/%d/%02d/soon/", soon.getYear(), soon.getMonthValue());
        try (Session session = new Session(new BuildOptions(site.root(), site.output(), false, null))) {
            session.build();
            assertThat(site.exists(url)).isFalse();
            while (!Instant.now().isAfter(soon.toInstant())) {
                Thread.sleep(20);
            }
            session.build();
            assertThat(site.exists(url)).isTrue();
        }
    }

    @Test
    void aTemplateErrorNeverReachesAPage() throws Exception {
        TestSite site = site();
        site.build();
        site.file("templates/home.ftlh", "<#import \"layout.ftlh\" as layout>\n<@layout.page><h1>${1/0}</h1></@layout.page>\n");

        assertThatThrownBy(site::build).isInstanceOf(BuildFailure.class);
        assertThat(everything(site)).doesNotContain("FreeMarker", "freemarker.", "\tat ", "Exception");
        assertThat(site.publishedFiles()).noneMatch(file -> file.contains(".staging"));
    }

    @Test
    void areaPagesArePaginatedInsteadOfOneEndlessTagPage() throws Exception {
        TestSite site = TestSite.create(dir).standardPages();
        for (int day = 1; day <= 12; day++) {
            site.news(String.format("2024-06-%02d-item", day), "Item " + day, "roads", "slug: item-" + day);
        }
        site.build();

        assertThat(site.page("/en/areas/roads/").select("main .news-list h2 a")).hasSize(10);
        assertThat(site.page("/en/areas/roads/page/2/").select("main .news-list h2 a").eachText()).containsExactly("Item 2", "Item 1");
        assertThat(site.publishedFiles()).noneMatch(file -> file.startsWith("tags/"));
    }

    @Test
    void aSourceInJBakesOwnHeaderFormatIsAnErrorNotSilentlySkipped() {
        TestSite site = site().file("content/news/2024/2024-01-01-jbake-style.md", "title=Old style\nstatus=published\ntype=post\n~~~~~~\nBody.\n");

        assertThatThrownBy(site::build).isInstanceOf(BuildFailure.class)
                .satisfies(failure -> assertThat(((BuildFailure) failure).diagnostics()).extracting(Diagnostic::toString)
                        .containsExactly("content/news/2024/2024-01-01-jbake-style.md:1:1: error [frontmatter.missing] the file does not start with front matter"
                                + " — make the first line exactly \"---\", followed by the fields and a closing \"---\" line"));
    }

    @Test
    void aFileThatIsNeitherASourceNorAnAssetIsAnError() {
        TestSite site = site().file("content/news/2024/notes.txt", "remember to publish");

        assertThatThrownBy(site::build).isInstanceOf(BuildFailure.class)
                .satisfies(failure -> assertThat(((BuildFailure) failure).diagnostics()).extracting(Diagnostic::code)
                        .containsExactly("content.unsupported-file"));
    }

    @Test
    void anUnknownFileInDataIsAnErrorNotIgnored() {
        TestSite site = site().file("data/sectors.yml", "- id: x\n");

        assertThatThrownBy(site::build).isInstanceOf(BuildFailure.class)
                .satisfies(failure -> assertThat(((BuildFailure) failure).diagnostics()).extracting(Diagnostic::toString)
                        .containsExactly("data/sectors.yml: error [data.unknown-file] the build does not use this file"
                                + " — data/ holds only areas.yml and regions.yml; move or delete it"));
    }

    @Test
    void buildTimeNeverAppearsAndFeedsCarryTheNewestItemsDate() throws Exception {
        TestSite site = site();
        site.build(new BuildOptions(site.root(), site.output(), false, Instant.parse("2025-01-01T00:00:00Z")));
        String first = everything(site);
        site.build(new BuildOptions(site.root(), site.output(), false, Instant.parse("2030-07-07T07:07:07Z")));

        assertThat(everything(site)).isEqualTo(first).doesNotContain("2030", "2025-01-01");
        assertThat(site.text("/en/feed.xml")).contains("<updated>2023-05-05T10:00:00+03:00</updated>");
    }

    @Test
    void filesOfAnEarlierBuildDoNotLinger() throws Exception {
        TestSite site = site().news("2023-07-07-removed-later", "Removed later", "energy");
        site.build();
        assertThat(site.exists("/en/news/2023/07/removed-later/")).isTrue();

        site.delete("content/news/2023/2023-07-07-removed-later.md");
        site.build();
        assertThat(site.exists("/en/news/2023/07/removed-later/")).isFalse();
    }
}
