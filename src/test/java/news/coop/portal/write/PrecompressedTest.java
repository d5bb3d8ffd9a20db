package news.coop.portal.write;

import static org.assertj.core.api.Assertions.assertThat;

import com.aayushatharva.brotli4j.decoder.Decoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The compressed copies of one file: which it gets, and that they are the same bytes every time. */
class PrecompressedTest {
    private static final byte[] PAGE = "<p>Кааперацыя — cooperation, кооперация.</p>\n".repeat(60).getBytes(StandardCharsets.UTF_8);

    @Test
    void aTextFileOverOneKilobyteGetsAGzipAndABrotliCopyThatGiveItBack() throws Exception {
        var copies = Precompressed.copies("en/index.html", PAGE);

        assertThat(copies).containsOnlyKeys("en/index.html.gz", "en/index.html.br");
        byte[] br = copies.get("en/index.html.br");
        assertThat(Decoder.decompress(br, 0, br.length)).isEqualTo(PAGE);
        assertThat(br.length).isLessThan(copies.get("en/index.html.gz").length);
        assertThat(Precompressed.brotliMissing()).isEmpty();
    }

    @Test
    void brotliGivesTheSameBytesEveryTime() {
        byte[] once = Precompressed.brotli(PAGE);
        assertThat(Precompressed.brotli(PAGE.clone())).isEqualTo(once);
        assertThat(Precompressed.copies("a.css", PAGE).get("a.css.br")).isEqualTo(once);
    }

    @Test
    void smallFilesPicturesAndAMachineWithoutBrotliGetLess() {
        assertThat(Precompressed.copies("robots.txt", new byte[1024])).isEmpty();
        assertThat(Precompressed.copies("img/plant.jpg", PAGE)).isEmpty();
        assertThat(Precompressed.copies("en/index.html", PAGE, false)).containsOnlyKeys("en/index.html.gz");
        assertThat(Precompressed.names("en/index.html")).containsExactly("en/index.html.gz", "en/index.html.br");
    }
}
