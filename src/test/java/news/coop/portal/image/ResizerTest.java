package news.coop.portal.image;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/**
 * The smaller copies: exactly the widths asked for, in the original's proportions, the same bytes
 * every time, with no metadata of the original (no EXIF, no comments, no text or time chunks), and
 * upright whatever the EXIF orientation of the photo.
 */
class ResizerTest {
    @Test
    void onlyWidthsNarrowerThanTheOriginalAreOffered() {
        assertThat(Resizer.widthsFor(2000)).containsExactly(480, 960, 1600);
        assertThat(Resizer.widthsFor(1600)).containsExactly(480, 960);
        assertThat(Resizer.widthsFor(481)).containsExactly(480);
        assertThat(Resizer.widthsFor(480)).isEmpty();
        assertThat(Resizer.heightFor(480, 2000, 1333)).isEqualTo(320);
    }

    @Test
    void aJpegCopyIsExactlyAsWideAsAskedTheSameBytesEveryTimeAndCarriesNoMetadata() throws Exception {
        byte[] original = withExif(encode(gradient(1000, 600), "jpeg"), 1);
        PictureReader.Measured measured = PictureReader.raster(original);

        List<byte[]> first = Resizer.resize(original, measured, List.of(480, 960));
        List<byte[]> second = Resizer.resize(original, measured, List.of(480, 960));

        assertThat(first.get(0)).isEqualTo(second.get(0));
        assertThat(first.get(1)).isEqualTo(second.get(1));
        assertThat(size(first.get(0))).containsExactly(480, 288);
        assertThat(size(first.get(1))).containsExactly(960, 576);
        assertThat(jpegMarkers(first.get(0))).containsExactly("D8", "E0", "DB", "C0", "C4", "DA")
                .as("no APP1 (EXIF), no COM").doesNotContain("E1", "FE");
    }

    @Test
    void aPngCopyHasOnlyItsImageChunks() throws Exception {
        byte[] original = encode(gradient(700, 700), "png");
        byte[] copy = Resizer.resize(original, PictureReader.raster(original), List.of(480)).get(0);

        assertThat(size(copy)).containsExactly(480, 480);
        assertThat(pngChunks(copy)).containsOnly("IHDR", "IDAT", "IEND");
    }

    @Test
    void aPhotoTurnedByItsExifOrientationIsMeasuredAndCopiedUpright() throws Exception {
        // Stored 1000×600, to be shown turned a quarter (orientation 6): 600×1000 as a reader sees it.
        byte[] original = withExif(encode(gradient(1000, 600), "jpeg"), 6);
        PictureReader.Measured measured = PictureReader.raster(original);

        assertThat(measured.width()).isEqualTo(600);
        assertThat(measured.height()).isEqualTo(1000);
        assertThat(size(Resizer.resize(original, measured, List.of(480)).get(0))).containsExactly(480, 800);
    }

    static BufferedImage gradient(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                image.setRGB(x, y, (255 * x / width) << 16 | (255 * y / height) << 8 | 90);
            }
        }
        return image;
    }

    static byte[] encode(BufferedImage image, String format) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageIO.write(image, format, bytes);
        return bytes.toByteArray();
    }

    /** The JPEG with an EXIF segment holding one tag, the orientation, before its JFIF segment, as some cameras and editors write it. */
    static byte[] withExif(byte[] jpeg, int orientation) {
        ByteBuffer tiff = ByteBuffer.allocate(26).order(ByteOrder.LITTLE_ENDIAN);
        tiff.put((byte) 'I').put((byte) 'I').putShort((short) 42).putInt(8)
                .putShort((short) 1).putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) orientation).putShort((short) 0)
                .putInt(0);
        byte[] exif = "Exif\0\0".getBytes(StandardCharsets.ISO_8859_1);
        int length = 2 + exif.length + tiff.capacity();
        ByteBuffer out = ByteBuffer.allocate(jpeg.length + 2 + length);
        out.put(jpeg, 0, 2).put((byte) 0xFF).put((byte) 0xE1).putShort((short) length).put(exif).put(tiff.array()).put(jpeg, 2, jpeg.length - 2);
        return out.array();
    }

    private static int[] size(byte[] bytes) throws IOException {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(bytes));
        return new int[] {image.getWidth(), image.getHeight()};
    }

    /** The markers of a JPEG up to its first scan, as hex. */
    private static List<String> jpegMarkers(byte[] jpeg) {
        List<String> markers = new ArrayList<>(List.of(String.format("%02X", jpeg[1] & 0xff)));
        int at = 2;
        while (at + 4 <= jpeg.length) {
            int marker = jpeg[at + 1] & 0xff;
            if (markers.isEmpty() || !markers.get(markers.size() - 1).equals(String.format("%02X", marker))) {
                markers.add(String.format("%02X", marker));
            }
            if (marker == 0xDA) {
                break;
            }
            at += 2 + ((jpeg[at + 2] & 0xff) << 8 | jpeg[at + 3] & 0xff);
        }
        return markers;
    }

    private static List<String> pngChunks(byte[] png) {
        List<String> chunks = new ArrayList<>();
        ByteBuffer data = ByteBuffer.wrap(png);
        int at = 8;
        while (at + 8 <= png.length) {
            int length = data.getInt(at);
            chunks.add(new String(png, at + 4, 4, StandardCharsets.US_ASCII));
            at += 12 + length;
        }
        return chunks;
    }
}
