package news.coop.portal.pipeline;

import static news.coop.portal.TestSite.hashes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import news.coop.portal.TestSite;
import news.coop.portal.TestSite.Run;
import news.coop.portal.diag.BuildFailure;
import news.coop.portal.pipeline.SitemapXml.Part;
import news.coop.portal.pipeline.SitemapXml.Url;
import news.coop.portal.render.SitemapLimits;
import news.coop.portal.write.HostingFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A sitemap too large for one file becomes a sitemap index at {@code /sitemap.xml} listing parts
 * {@code /sitemap-1.xml} … of at most the limit each, with the same entries as the one sitemap would
 * have, in the same order. A real build with a small part size (the protocol's 50,000 addresses are
 * planned, not rendered, by {@code render.SitemapPlanTest}); the files are read with the JDK's parser
 * against the sitemaps.org schemas, and {@code portal verify} passes on the site.
 */
class SitemapIndexTest {
    private static final String HOST = "https://news.example.org";

    @TempDir
    Path dir;

    /** A site in three languages, each item with its translations: 54 addresses. */
    private TestSite site(String name) {
        TestSite site = TestSite.create(dir.resolve(name)).standardPages();
        for (int i = 1; i <= 6; i++) {
            String day = String.format("2024-%02d-%02d", i, 10 + i);
            for (String lang : List.of("en", "ru", "be")) {
                site.file("content/news/2024/" + day + "-item-" + i + "." + lang + ".md", "---\ntitle: Item " + i + " in " + lang
                        + "\ndate: " + day + "T10:00:00+03:00\nlead: Lead " + i + ".\nareas: [" + (i % 2 == 0 ? "energy" : "roads, energy")
                        + "]\nregions: [tatarstan]\nlang: " + lang + "\nslug: item-" + i + "\ntranslation: item-" + i + "\n---\nBody " + i + ".\n");
            }
        }
        return site;
    }

    private static BuildResult build(TestSite site, SitemapLimits limits) throws BuildFailure {
        return site.build(site.options().withSitemap(limits));
    }

    @Test
    void pastTheLimitTheSitemapIsAnIndexOfPartsWithTheSameEntriesInTheSameOrder() throws Exception {
        TestSite whole = site("whole");
        build(whole, SitemapLimits.PROTOCOL);
        List<Url> all = SitemapXml.urls(whole.output().resolve("sitemap.xml"));
        assertThat(all.size()).isGreaterThan(50);
        assertThat(all).allMatch(url -> url.alternates().size() == 4, "every address has its three versions and x-default");
        assertThat(whole.publishedFiles()).noneMatch(file -> file.startsWith("sitemap-"));

        TestSite split = site("split");
        build(split, new SitemapLimits(25, SitemapLimits.PROTOCOL_BYTES));
        Path index = split.output().resolve("sitemap.xml");
        assertThat(SitemapXml.isIndex(index)).isTrue();
        List<Part> parts = SitemapXml.parts(index);
        int count = (all.size() + 24) / 25;
        List<String> files = new ArrayList<>();
        List<Url> joined = new ArrayList<>();
        for (int number = 1; number <= count; number++) {
            files.add("sitemap-" + number + ".xml");
            List<Url> part = SitemapXml.urls(split.output().resolve("sitemap-" + number + ".xml"));
            assertThat(part).hasSize(number < count ? 25 : all.size() - 25 * (count - 1));
            String newest = part.stream().map(Url::lastmod).max(String::compareTo).orElseThrow();
            assertThat(parts.get(number - 1)).isEqualTo(new Part(HOST + "/sitemap-" + number + ".xml", newest));
            joined.addAll(part);
        }
        assertThat(parts).hasSize(count);
        assertThat(joined).isEqualTo(all);
        assertThat(split.publishedFiles()).filteredOn(file -> file.matches("sitemap.*\\.xml")).containsExactlyInAnyOrderElementsOf(
                concat(files, "sitemap.xml"));
        // Crawlers still find the sitemap where they always did.
        assertThat(split.text("/robots.txt")).isEqualTo(whole.text("/robots.txt")).endsWith("Sitemap: " + HOST + "/sitemap.xml\n");

        Run verify = split.cli("verify", "--now", TestSite.NOW.toString());
        assertThat(verify.err()).isEmpty();
        assertThat(verify.out()).matches("Verified \\d+ files in \\d+\\.\\d s: no problems\n");
        assertThat(verify.exitCode()).isZero();
    }

    @Test
    void aPartHoldsNoMoreBytesThanTheLimitAlternatesIncludedAndIsFilledUpToIt() throws Exception {
        TestSite site = site("bytes");
        long limit = 6_000;
        build(site, new SitemapLimits(SitemapLimits.PROTOCOL_URLS, limit));

        List<Part> parts = SitemapXml.parts(site.output().resolve("sitemap.xml"));
        assertThat(parts.size()).isGreaterThan(2);
        for (int number = 1; number <= parts.size(); number++) {
            Path part = site.output().resolve("sitemap-" + number + ".xml");
            assertThat(SitemapXml.urls(part)).isNotEmpty();
            assertThat(SitemapXml.size(part)).as(part.toString()).isLessThanOrEqualTo(limit);
            if (number < parts.size()) {
                // The next part's first entry, as printed, would not have fitted: the plan counts the bytes the template prints.
                String next = Files.readString(site.output().resolve("sitemap-" + (number + 1) + ".xml"), StandardCharsets.UTF_8);
                int start = next.indexOf("  <url>\n");
                int end = next.indexOf("  </url>\n") + "  </url>\n".length();
                assertThat(SitemapXml.size(part) + next.substring(start, end).getBytes(StandardCharsets.UTF_8).length).as(part.toString())
                        .isGreaterThan(limit);
            }
        }
    }

    @Test
    void theHostingFilesGiveThePartsTheShortLifetimeOfSitemapXml() throws Exception {
        TestSite site = site("hosting");
        build(site, new SitemapLimits(25, SitemapLimits.PROTOCOL_BYTES));

        Map<String, List<String>> rules = HostingTest.headers(Files.readString(site.output().resolve("_headers"), StandardCharsets.UTF_8));
        List<String> parts = site.publishedFiles().stream().filter(file -> file.matches("sitemap-\\d+\\.xml")).toList();
        assertThat(parts).hasSizeGreaterThan(2);
        for (String file : concat(parts, "sitemap.xml")) {
            assertThat(rules.get("/" + file)).as(file).containsExactly("Cache-Control: " + HostingFiles.SHORT);
        }
        String nginx = Files.readString(site.output().resolveSibling("site-nginx.conf"), StandardCharsets.UTF_8);
        var fingerprinted = Pattern.compile("location ~ \"(.+)\" \\{").matcher(nginx);
        assertThat(fingerprinted.find()).isTrue();
        // Not a fingerprinted name: nginx's "location /" gives them the short lifetime, as it does sitemap.xml.
        assertThat(parts).noneMatch(file -> Pattern.compile(fingerprinted.group(1)).matcher("/" + file).find());
        assertThat(parts).allMatch(file -> Files.isRegularFile(site.output().resolve(file + ".gz")));
    }

    @Test
    void aWarmRebuildSplitsTheSitemapAndJoinsItAgainAsAFullBuildDoes() throws Exception {
        TestSite site = site("warm");
        build(site, SitemapLimits.PROTOCOL);
        SitemapLimits limits = new SitemapLimits(SitemapXml.urls(site.output().resolve("sitemap.xml")).size(), SitemapLimits.PROTOCOL_BYTES);
        try (Session session = new Session(site.options().withSitemap(limits))) {
            session.build();
            assertThat(site.publishedFiles()).noneMatch(file -> file.startsWith("sitemap-"));

            site.news("2024-12-01-one-more", "One more item", "energy");
            session.build();
            assertThat(SitemapXml.parts(site.output().resolve("sitemap.xml"))).hasSize(2);
            assertSameAsFullBuild(site, limits);

            site.delete("content/news/2024/2024-12-01-one-more.md");
            session.build();
            assertThat(SitemapXml.isIndex(site.output().resolve("sitemap.xml"))).isFalse();
            assertThat(site.publishedFiles()).noneMatch(file -> file.startsWith("sitemap-"));
            assertSameAsFullBuild(site, limits);
        }
    }

    @Test
    void aProjectWhoseTemplatesPredateTheIndexIsToldToCopyItAndKeepsItsPublishedSite() throws Exception {
        TestSite site = site("old-templates");
        build(site, SitemapLimits.PROTOCOL);
        Map<String, String> published = hashes(site.output());
        site.delete("templates/sitemap-index.ftlx");

        BuildFailure failure = catchThrowableOfType(BuildFailure.class, () -> build(site, new SitemapLimits(25, SitemapLimits.PROTOCOL_BYTES)));

        assertThat(failure.diagnostics()).extracting(Object::toString).containsExactly("templates/sitemap-index.ftlx: error [template.missing]"
                + " the template for sitemap.xml does not exist — create templates/sitemap-index.ftlx (see docs/templates.md)");
        assertThat(hashes(site.output())).isEqualTo(published);
    }

    private void assertSameAsFullBuild(TestSite site, SitemapLimits limits) throws BuildFailure, IOException {
        Path fresh = dir.resolve("fresh-" + System.nanoTime());
        site.build(new BuildOptions(site.root(), fresh, false, TestSite.NOW).withSitemap(limits));
        assertThat(hashes(site.output())).isEqualTo(hashes(fresh));
    }

    private static List<String> concat(List<String> list, String last) {
        List<String> all = new ArrayList<>(list);
        all.add(last);
        return all;
    }
}
