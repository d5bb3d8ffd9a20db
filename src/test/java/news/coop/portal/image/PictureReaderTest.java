package news.coop.portal.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Sizes read from files' headers: SVG attributes and viewBox, and the three kinds of WebP header. */
class PictureReaderTest {
    @Test
    void anSvgIsAsLargeAsItsWidthAndHeightInPixelsElseItsViewBox() throws Exception {
        assertThat(svg("width=\"640\" height=\"360px\" viewBox=\"0 0 64 36\"")).containsExactly(640, 360);
        assertThat(svg("viewBox=\"0 0 800.4 450\"")).containsExactly(800, 450);
        assertThat(svg("width=\"100%\" viewBox=\"0,0,300,150\"")).containsExactly(300, 150);
        assertThat(svg("width=\"600\" viewBox=\"0 0 300 150\"")).containsExactly(600, 300);
    }

    @Test
    void anSvgWithoutASizeOrWithADoctypeIsNotMeasured() {
        assertThatThrownBy(() -> svg("width=\"20em\"")).isInstanceOf(PictureReader.Unreadable.class)
                .hasMessage("the SVG picture does not say how large it is");
        // The DTD is not read, so its entities mean nothing: no file named in one is ever opened.
        byte[] entity = "<?xml version=\"1.0\"?><!DOCTYPE svg [<!ENTITY w \"640\">]><svg width=\"&w;\" height=\"10\"/>".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> PictureReader.svg(entity)).isInstanceOf(PictureReader.Unreadable.class);
    }

    @Test
    void aWebpIsMeasuredFromItsFirstChunk() throws Exception {
        ByteBuffer extended = header("VP8X", 30);
        extended.put(24, (byte) 0x7f).put(25, (byte) 0x02).put(27, (byte) 0x67).put(28, (byte) 0x01);
        assertThat(size(PictureReader.webp(extended.array()))).containsExactly(0x27f + 1, 0x167 + 1);

        ByteBuffer lossless = header("VP8L", 30);
        lossless.put(20, (byte) 0x2f).putInt(21, (799) | (449 << 14));
        assertThat(size(PictureReader.webp(lossless.array()))).containsExactly(800, 450);

        ByteBuffer lossy = header("VP8 ", 30);
        lossy.put(23, (byte) 0x9d).put(24, (byte) 0x01).put(25, (byte) 0x2a).putShort(26, (short) 640).putShort(28, (short) 360);
        assertThat(size(PictureReader.webp(lossy.array()))).containsExactly(640, 360);
    }

    private static int[] svg(String attributes) throws PictureReader.Unreadable {
        byte[] bytes = ("<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" " + attributes + "><rect/></svg>").getBytes(StandardCharsets.UTF_8);
        return size(PictureReader.svg(bytes));
    }

    private static ByteBuffer header(String chunk, int length) {
        ByteBuffer bytes = ByteBuffer.allocate(length).order(ByteOrder.LITTLE_ENDIAN);
        bytes.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt(length - 8).put("WEBP".getBytes(StandardCharsets.US_ASCII))
                .put(chunk.getBytes(StandardCharsets.US_ASCII));
        return bytes;
    }

    private static int[] size(PictureReader.Measured measured) {
        return new int[] {measured.width(), measured.height()};
    }
}
