package news.coop.portal.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import news.coop.portal.config.SiteConfig;
import news.coop.portal.render.Views.Alternate;
import news.coop.portal.render.Views.SitemapPart;
import news.coop.portal.render.Views.SitemapUrl;
import org.junit.jupiter.api.Test;

/** The sitemap's files at the protocol's limits: one sitemap up to 50,000 addresses and 50 MB, an index of parts past either. */
class SitemapPlanTest {
    private static final SiteConfig CONFIG = new SiteConfig(Path.of("p"), Path.of("p/content"), Path.of("p/data"), Path.of("p/templates"),
            Path.of("p/assets"), Path.of("p/site"), "https://news.example.org", List.of("en", "ru"), "en", ZoneId.of("Europe/Minsk"), 10, 20,
            List.of(), Map.of());

    @Test
    void fiftyThousandAddressesAreOneSitemapAndOneMoreMakesAnIndexOfTwoParts() {
        List<SitemapUrl> urls = urls(SitemapLimits.PROTOCOL_URLS + 1);

        List<PageJob> one = SitemapPlan.jobs(CONFIG, "en", urls.subList(0, SitemapLimits.PROTOCOL_URLS), SitemapLimits.PROTOCOL);
        assertThat(one).singleElement().satisfies(job -> {
            assertThat(job.output()).isEqualTo("sitemap.xml");
            assertThat(job.model()).isEqualTo(new PageModel.Sitemap(urls.subList(0, SitemapLimits.PROTOCOL_URLS)));
        });

        List<PageJob> split = SitemapPlan.jobs(CONFIG, "en", urls, SitemapLimits.PROTOCOL);
        assertThat(split).extracting(PageJob::output).containsExactly("sitemap-1.xml", "sitemap-2.xml", "sitemap.xml");
        assertThat(split.get(0).model()).isEqualTo(new PageModel.Sitemap(urls.subList(0, 50_000)));
        assertThat(split.get(1).model()).isEqualTo(new PageModel.Sitemap(urls.subList(50_000, 50_001)));
        // Each part's lastmod is the newest of its entries, wherever it is in the part, and none when no entry has one.
        assertThat(split.get(2).model()).isEqualTo(new PageModel.SitemapIndex(List.of(
                new SitemapPart("https://news.example.org/sitemap-1.xml", "2025-12-31"),
                new SitemapPart("https://news.example.org/sitemap-2.xml", ""))));
        assertThat(split.get(2).template()).isEqualTo("sitemap-index.ftlx");
    }

    @Test
    void fewerThanFiftyThousandAddressesOverFiftyMegabytesAreSplitByTheirSizeAlternatesIncluded() {
        // 40,000 addresses with ten language versions each: about 74 MB as sitemap.ftlx prints them.
        String loc = "https://news.example.org/en/news/2024/01/" + "a-rather-long-slug-".repeat(6) + "/";
        List<Alternate> versions = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            versions.add(new Alternate("l" + i, loc.replace("/en/", "/l" + i + "/"), ""));
        }
        SitemapUrl url = new SitemapUrl(loc, "2024-01-01", List.copyOf(versions));
        long bytes = SitemapPlan.bytes(url);
        List<SitemapUrl> urls = Collections.nCopies(40_000, url);

        List<List<SitemapUrl>> parts = SitemapPlan.split(urls, SitemapLimits.PROTOCOL);

        int perPart = (int) ((SitemapLimits.PROTOCOL_BYTES - SitemapPlan.FRAME) / bytes);
        assertThat(perPart).isLessThan(40_000);
        assertThat(parts).extracting(List::size).containsExactly(perPart, 40_000 - perPart);
        assertThat(SitemapPlan.FRAME + perPart * bytes).isLessThanOrEqualTo(SitemapLimits.PROTOCOL_BYTES);
        assertThat(SitemapPlan.FRAME + (perPart + 1) * bytes).isGreaterThan(SitemapLimits.PROTOCOL_BYTES);
    }

    @Test
    void anEntryIsCountedAsTheTemplatePrintsItEscapedInUtf8() {
        SitemapUrl url = new SitemapUrl("https://x.org/a?b&c", "2024-01-01", List.of(new Alternate("ru", "https://x.org/ру/", "")));

        assertThat(SitemapPlan.bytes(url)).isEqualTo(("  <url>\n    <loc>https://x.org/a?b&amp;c</loc>\n    <lastmod>2024-01-01</lastmod>\n"
                + "    <xhtml:link rel=\"alternate\" hreflang=\"ru\" href=\"https://x.org/ру/\"/>\n  </url>\n").getBytes(java.nio.charset.StandardCharsets.UTF_8).length);
        assertThat(SitemapPlan.bytes(new SitemapUrl("https://x.org/", ""))).isEqualTo("  <url>\n    <loc>https://x.org/</loc>\n  </url>\n".length());
    }

    @Test
    void noAddressesAreOneEmptySitemapAsBefore() {
        assertThat(SitemapPlan.jobs(CONFIG, "en", List.of(), SitemapLimits.PROTOCOL)).singleElement()
                .satisfies(job -> assertThat(job.model()).isEqualTo(new PageModel.Sitemap(List.of())));
    }

    @Test
    void limitsThatCannotHoldAnAddressAreRefused() {
        assertThatThrownBy(() -> new SitemapLimits(0, SitemapLimits.PROTOCOL_BYTES)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SitemapLimits(10, SitemapPlan.FRAME)).isInstanceOf(IllegalArgumentException.class);
    }

    /** {@code count} addresses, dated 2024-01-01 but every seventh (undated: 50,001 is one) and the 30,000th, the newest. */
    private static List<SitemapUrl> urls(int count) {
        List<SitemapUrl> urls = new ArrayList<>(count);
        for (int i = 1; i <= count; i++) {
            urls.add(new SitemapUrl("https://news.example.org/en/news/" + i + "/", i == 30_000 ? "2025-12-31" : i % 7 == 0 ? "" : "2024-01-01"));
        }
        return urls;
    }
}
