package news.coop.portal.pipeline;

import static news.coop.portal.TestSite.sha256;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import news.coop.portal.TestSite;
import news.coop.portal.TestSite.Run;
import news.coop.portal.diag.BuildFailure;
import news.coop.portal.refine.PageScan;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Pictures end to end, with real files: lead pictures and pictures in the text become figures with
 * their caption and credit, every {@code img} carries the file's real size, the smaller copies in
 * {@code srcset} are real files of the widths they claim (never wider than the original), the lead
 * picture loads first and the others lazily, and every mistake an author can make with a picture is
 * reported at its line and column.
 */
class PicturesTest {
    private static final String FOOTER = "portal: 1 error; nothing was published, the previous site is unchanged\n";
    private static final String SIZES = "(min-width: 51em) 48rem, (min-width: 40em) calc(100vw - 3rem), calc(100vw - 2rem)";

    @TempDir
    Path dir;

    private TestSite site() {
        return TestSite.create(dir).standardPages();
    }

    @Test
    void aLeadPictureIsAFigureWithItsRealSizeItsCopiesItsCaptionAndItsCredit() throws Exception {
        TestSite site = site().picture("assets/img/news/plant.jpg", 2000, 1200)
                .news("2024-05-16-plant", "Plant", "energy", "image: /img/news/plant.jpg", "image_alt: Workers at the water plant",
                        "image_caption: The new filters, installed in May", "image_credit: BelTA");
        site.build();
        Element figure = site.page("/en/news/2024/05/plant/").selectFirst("main .article > figure.figure");
        Element image = figure.selectFirst("img");

        assertThat(image.attr("src")).isEqualTo(site.published("/img/news/plant.jpg"));
        assertThat(image.attr("alt")).isEqualTo("Workers at the water plant");
        assertThat(image.attr("width")).isEqualTo("2000");
        assertThat(image.attr("height")).isEqualTo("1200");
        assertThat(image.attr("srcset")).isEqualTo(site.published("/img/news/plant-480w.jpg") + " 480w, " + site.published("/img/news/plant-960w.jpg")
                + " 960w, " + site.published("/img/news/plant-1600w.jpg") + " 1600w, " + site.published("/img/news/plant.jpg") + " 2000w");
        assertThat(image.attr("sizes")).isEqualTo(SIZES);
        assertThat(image.attr("fetchpriority")).isEqualTo("high");
        assertThat(image.hasAttr("loading")).as("the lead picture loads at once").isFalse();
        assertThat(image.attr("decoding")).isEqualTo("async");
        assertThat(figure.selectFirst("figcaption").text()).isEqualTo("The new filters, installed in May Photo: BelTA");
        assertThat(figure.select("figcaption .figure-credit").text()).isEqualTo("Photo: BelTA");
        assertCandidatesAreRealFiles(site, image, 2000, 1200);
    }

    @Test
    void noPictureIsEnlarged() throws Exception {
        TestSite site = site().picture("assets/img/mid.jpg", 1000, 500).picture("assets/img/small.png", 300, 200)
                .news("2024-05-16-mid", "Mid", "energy", "image: /img/mid.jpg", "image_alt: Mid")
                .news("2024-05-17-small", "Small", "energy", "image: /img/small.png", "image_alt: Small");
        site.build();
        Element mid = site.page("/en/news/2024/05/mid/").selectFirst("main figure img");
        Element small = site.page("/en/news/2024/05/small/").selectFirst("main figure img");

        assertThat(mid.attr("srcset")).isEqualTo(site.published("/img/mid-480w.jpg") + " 480w, " + site.published("/img/mid-960w.jpg") + " 960w, "
                + site.published("/img/mid.jpg") + " 1000w");
        assertCandidatesAreRealFiles(site, mid, 1000, 500);
        assertThat(site.publishedFiles()).noneMatch(file -> file.startsWith("img/mid-1600w"));
        assertThat(small.attr("width")).isEqualTo("300");
        assertThat(small.attr("height")).isEqualTo("200");
        assertThat(small.hasAttr("srcset")).isFalse();
        assertThat(small.hasAttr("sizes")).isFalse();
        assertThat(site.publishedFiles()).filteredOn(file -> file.startsWith("img/small")).singleElement().asString().matches("img/small\\.[0-9a-f]{10}\\.png");
    }

    @Test
    void aPictureAloneInTheTextIsAFigureAndOneInALineOfTextStaysInIt() throws Exception {
        TestSite site = site().picture("content/news/2024/plant.png", 1200, 800).picture("assets/img/icon.png", 16, 16)
                .picture("assets/img/ornament.png", 600, 40)
                .file("content/news/2024/2024-05-16-plant.md", """
                        ---
                        title: Plant
                        date: 2024-05-16T10:00:00+03:00
                        lead: The plant was modernised.
                        areas: [energy]
                        lang: en
                        ---
                        The plant was modernised in May.

                        ![Workers at the water plant](plant.png "The new filters"){credit="BelTA"}

                        A small ![Energy](/img/icon.png) icon in a line.

                        ![](/img/ornament.png){.decorative}
                        """);
        site.build();
        Document page = site.page("/en/news/2024/05/plant/");
        List<Element> figures = page.select("main .prose > figure.figure");

        assertThat(figures).hasSize(2);
        Element image = figures.get(0).selectFirst("img");
        assertThat(image.attr("src")).isEqualTo(site.published("/news/2024/plant.png"));
        assertThat(image.attr("alt")).isEqualTo("Workers at the water plant");
        assertThat(image.attr("width")).isEqualTo("1200");
        assertThat(image.attr("height")).isEqualTo("800");
        assertThat(image.attr("srcset")).isEqualTo(site.published("/news/2024/plant-480w.png") + " 480w, " + site.published("/news/2024/plant-960w.png")
                + " 960w, " + site.published("/news/2024/plant.png") + " 1200w");
        assertThat(image.attr("sizes")).isEqualTo(SIZES);
        assertThat(image.attr("loading")).isEqualTo("lazy");
        assertThat(image.attr("decoding")).isEqualTo("async");
        assertThat(image.hasAttr("title")).as("the title became the caption").isFalse();
        assertThat(image.hasAttr("data-credit")).isFalse();
        assertThat(figures.get(0).selectFirst("figcaption").html()).isEqualTo("The new filters <span class=\"figure-credit\">Photo: BelTA</span>");
        assertCandidatesAreRealFiles(site, image, 1200, 800);

        Element icon = page.selectFirst("main .prose p > img");
        assertThat(icon.attr("width")).isEqualTo("16");
        assertThat(icon.attr("loading")).isEqualTo("lazy");
        Element ornament = figures.get(1).selectFirst("img");
        assertThat(ornament.attr("alt")).isEmpty();
        assertThat(ornament.hasClass("decorative")).isTrue();
        assertThat(figures.get(1).select("figcaption")).isEmpty();

        Document feed = Jsoup.parse(site.text("/en/feed.xml"), "", Parser.xmlParser());
        assertThat(Jsoup.parse(feed.selectFirst("entry content").text()).selectFirst("img").attr("srcset"))
                .isEqualTo("https://news.example.org" + site.published("/news/2024/plant-480w.png") + " 480w, https://news.example.org"
                        + site.published("/news/2024/plant-960w.png") + " 960w, https://news.example.org" + site.published("/news/2024/plant.png") + " 1200w");
    }

    @Test
    void aDecorativeLeadPictureHasAnEmptyTextAlternativeAndKeepsItsCredit() throws Exception {
        TestSite site = site().picture("assets/img/pattern.png", 800, 200)
                .news("2024-05-16-pattern", "Pattern", "energy", "image: /img/pattern.png", "image_decorative: true", "image_credit: Studio");
        site.build();
        Document page = site.page("/en/news/2024/05/pattern/");

        assertThat(page.selectFirst("main figure img").attr("alt")).isEmpty();
        assertThat(page.selectFirst("main figure figcaption").text()).isEqualTo("Photo: Studio");
        assertThat(page.select("meta[property=og:image]")).hasSize(1);
        assertThat(page.select("meta[property=og:image:alt], meta[name=twitter:image:alt]")).isEmpty();
    }

    @Test
    void anSvgIsSizedByItsViewBox() throws Exception {
        TestSite site = site().file("assets/img/map.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 640 360\"><rect width=\"10\" height=\"10\"/></svg>\n")
                .file("content/pages/map.md", "---\ntitle: Map\nlead: The map.\nlang: en\n---\n![Map of the partner regions](/img/map.svg)\n");
        site.build();
        Element image = site.page("/en/map/").selectFirst("main figure img");

        assertThat(image.attr("width")).isEqualTo("640");
        assertThat(image.attr("height")).isEqualTo("360");
        assertThat(image.hasAttr("srcset")).isFalse();
    }

    @Test
    void everyMistakeWithAPictureInTheTextIsReportedAtItsLineAndColumn() {
        TestSite site = site().picture("assets/img/plant.jpg", 100, 50);
        site.file("content/news/2024/2024-01-10-bad.md", """
                ---
                title: Bad
                date: 2024-01-10T10:00:00+03:00
                lead: A lead.
                areas: [energy]
                lang: en
                ---
                ![](/img/plant.jpg)

                ![Gone](/img/gone.jpg) and ![Beside](gone.png)

                ![Remote](https://example.com/x.jpg)

                ![Described](/img/plant.jpg){.decorative}

                Inline ![Plant](/img/plant.jpg){credit="BelTA"} here.

                ![Up](../../../x.jpg)
                """);
        Run run = site.cli("build");

        String bad = "content/news/2024/2024-01-10-bad.md:";
        assertThat(run.err()).isEqualTo(
                bad + "8:1: error [image.alt-missing] the image has no text alternative — write what the picture shows between the brackets,"
                        + " ![Workers at the plant](plant.jpg), or add {.decorative} if it only decorates\n"
                + bad + "10:1: error [image.not-found] the image \"/img/gone.jpg\" does not exist — put the file at assets/img/gone.jpg or content/img/gone.jpg\n"
                + bad + "10:28: error [image.not-found] the image \"gone.png\" does not exist — put the file at content/news/2024/gone.png\n"
                + bad + "12:1: error [image.external] the picture \"https://example.com/x.jpg\" is not a file of this site — save it in assets/img/"
                        + " (with the right to publish it) and write its path, e.g. ![…](/img/news/name.jpg)\n"
                + bad + "14:1: error [image.decorative-alt] a decorative image has no text alternative — empty the brackets, ![](…){.decorative},"
                        + " or remove .decorative if the picture tells the reader something\n"
                + bad + "16:8: error [image.credit-inline] a credit is shown only under a picture in a paragraph of its own"
                        + " — put the image on its own line, with an empty line before and after it\n"
                + bad + "18:1: error [image.path] the image path \"../../../x.jpg\" leads outside the site"
                        + " — write a site path such as /img/news/name.jpg, or the name of a picture beside this file\n"
                + "portal: 7 errors; nothing was published, the previous site is unchanged\n");
        assertThat(run.exitCode()).isEqualTo(1);
    }

    @Test
    void aDecorativePictureNeedsNoTextAlternative() {
        TestSite site = site().picture("assets/img/plant.jpg", 100, 50)
                .file("content/news/2024/2024-01-10-good.md", "---\ntitle: Good\ndate: 2024-01-10T10:00:00+03:00\nlead: A lead.\nareas: [energy]\nlang: en\n---\n"
                        + "Text.\n\n![](/img/plant.jpg){.decorative}\n");
        Run run = site.cli("build");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).isEmpty();
    }

    @Test
    void frontMatterMistakesWithAPictureAreReportedAtTheirFields() {
        TestSite site = site().picture("assets/img/plant.jpg", 100, 50);
        site.news("2024-01-10-both", "Both", "energy", "image: /img/plant.jpg", "image_alt: Plant", "image_decorative: true");
        site.news("2024-01-11-none", "None", "energy", "image: /img/plant.jpg");
        site.news("2024-01-12-flag", "Flag", "energy", "image: /img/plant.jpg", "image_decorative: yes please");
        site.news("2024-01-13-alone", "Alone", "energy", "image_caption: A caption");
        Run run = site.cli("build");

        assertThat(run.err()).isEqualTo(
                "content/news/2024/2024-01-10-both.md:9:1: error [image.decorative-alt] a decorative image has no text alternative"
                        + " — remove image_alt, or remove image_decorative: true if the picture tells the reader something\n"
                + "content/news/2024/2024-01-11-none.md:8:1: error [image.alt-missing] the image has no text alternative — add image_alt: a short description"
                        + " of what the picture shows, for readers who cannot see it (or image_decorative: true if it only decorates)\n"
                + "content/news/2024/2024-01-12-flag.md:8:1: error [image.alt-missing] the image has no text alternative — add image_alt: a short description"
                        + " of what the picture shows, for readers who cannot see it (or image_decorative: true if it only decorates)\n"
                + "content/news/2024/2024-01-12-flag.md:9:19: error [field.type] \"image_decorative\" must be true or false"
                        + " — write it as image_decorative: true, or leave it out\n"
                + "content/news/2024/2024-01-13-alone.md:8:1: error [image.missing] \"image_caption\" is given without an image — add image: /img/… or remove image_caption\n"
                + "portal: 5 errors; nothing was published, the previous site is unchanged\n");
    }

    @Test
    void anSvgThatDoesNotSayHowLargeItIsIsReportedAtTheFile() {
        TestSite site = site().file("assets/img/map.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"100%\"><rect/></svg>\n")
                .file("content/pages/map.md", "---\ntitle: Map\nlead: The map.\nlang: en\n---\n![Map](/img/map.svg)\n");
        Run run = site.cli("build");

        assertThat(run.err()).isEqualTo("assets/img/map.svg: error [image.unreadable] the SVG picture does not say how large it is"
                + " — give its <svg> element a viewBox, or width and height in pixels, e.g. <svg width=\"640\" height=\"360\" …>\n" + FOOTER);
    }

    @Test
    void aShownPictureIsPublishedUnderTheHashOfItsBytesAndItsPlainNameIsNot() throws Exception {
        TestSite site = site().picture("assets/img/plant.jpg", 1000, 500).picture("assets/img/linked.jpg", 100, 50)
                .news("2024-05-16-plant", "Plant", "energy", "image: /img/plant.jpg", "image_alt: Plant")
                .file("content/news/2024/2024-05-17-link.md", """
                        ---
                        title: Link
                        date: 2024-05-17T10:00:00+03:00
                        lead: The photo, full size.
                        areas: [energy]
                        lang: en
                        ---
                        See [the photo](/img/plant.jpg) and [another](/img/linked.jpg).
                        """);
        site.build();

        String published = site.published("/img/plant.jpg");
        byte[] original = Files.readAllBytes(site.root().resolve("assets/img/plant.jpg"));
        assertThat(published).isEqualTo("/img/plant." + sha256(original).substring(0, 10) + ".jpg");
        assertThat(Files.readAllBytes(site.fileFor(published))).isEqualTo(original);
        assertThat(site.exists("/img/plant.jpg")).as("the plain name").isFalse();
        // A link to it goes to that name; a picture only linked to keeps its own.
        Document linking = site.page("/en/news/2024/05/link/");
        assertThat(linking.select("main .prose a").eachAttr("href")).containsExactly(published, "/img/linked.jpg");
        assertThat(site.exists("/img/linked.jpg")).isTrue();

        // Another picture of its own: a copy's names cannot be taken by a file named like one.
        TestSite.writePicture(site.root().resolve("assets/img/plant-480w.jpg"), 480, 240, 5);
        site.news("2024-05-18-small", "Small", "energy", "image: /img/plant-480w.jpg", "image_alt: Small");
        site.build();
        String small = site.page("/en/news/2024/05/small/").selectFirst("main figure img").attr("src");
        assertThat(small).isEqualTo("/img/plant-480w." + sha256(Files.readAllBytes(site.root().resolve("assets/img/plant-480w.jpg"))).substring(0, 10) + ".jpg")
                .isNotIn(List.of(site.page("/en/news/2024/05/plant/").selectFirst("main figure img").attr("srcset").split("[ ,]+")));
        assertThat(ImageIO.read(site.fileFor(small).toFile()).getHeight()).isEqualTo(240);
    }

    /** Every candidate of the image's srcset is a file of the site, exactly as wide as it says, in the original's proportions. */
    private static void assertCandidatesAreRealFiles(TestSite site, Element image, int width, int height) throws IOException {
        List<String> candidates = List.of(image.attr("srcset").split(", "));
        assertThat(PageScan.candidates(image.attr("srcset"))).hasSize(candidates.size());
        for (String candidate : candidates) {
            String[] parts = candidate.split(" ");
            int claimed = Integer.parseInt(parts[1].replace("w", ""));
            BufferedImage file = ImageIO.read(site.fileFor(parts[0]).toFile());
            assertThat(file.getWidth()).as(parts[0]).isEqualTo(claimed).isLessThanOrEqualTo(width);
            assertThat(file.getHeight()).as(parts[0]).isEqualTo((int) Math.round((double) height * claimed / width));
        }
    }
}
