package news.coop.portal.image;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.plugins.jpeg.JPEGImageWriteParam;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import net.coobird.thumbnailator.Thumbnails;
import net.coobird.thumbnailator.util.exif.ExifFilterUtils;
import net.coobird.thumbnailator.util.exif.Orientation;

/**
 * Makes the smaller copies of a photo that {@code srcset} offers, with Thumbnailator, so that the
 * same original gives the same bytes on every run: the copy is encoded by the JDK's own writers with
 * fixed settings (JPEG quality {@value #JPEG_QUALITY}, optimised Huffman tables, a plain JFIF header;
 * PNG with no ancillary chunks), and no metadata of the original (EXIF, camera, GPS, ICC, dates) is
 * carried over: the photo is turned upright by its EXIF orientation first, so the copy needs none.
 * Everything happens in memory; nothing is cached in temporary files.
 *
 * <p>Stateless and thread-safe.
 */
public final class Resizer {
    /** The widths offered, in pixels: about a phone, a tablet or laptop column, and a large or dense screen. */
    static final List<Integer> WIDTHS = List.of(480, 960, 1600);
    static final float JPEG_QUALITY = 0.82f;
    /**
     * Names this way of resizing and encoding in the cache's keys: change it with any change to the
     * settings here, so that no copy made the old way is reused.
     */
    static final String RECIPE = "thumbnailator-0.4.21/q82/v1";

    private Resizer() {
    }

    /** The widths of the copies of a picture this wide: only those narrower than the original, which is never enlarged. */
    static List<Integer> widthsFor(int originalWidth) {
        return WIDTHS.stream().filter(width -> width < originalWidth).toList();
    }

    /** The height of a copy {@code width} wide, in the original's proportions. */
    static int heightFor(int width, int originalWidth, int originalHeight) {
        return Math.max(1, (int) Math.round((double) originalHeight * width / originalWidth));
    }

    /**
     * The copies of one picture, each {@code widths[i]} wide, in the original's format (JPEG or PNG).
     * The original is decoded once.
     *
     * @throws IOException when the picture cannot be decoded
     */
    static List<byte[]> resize(byte[] original, PictureReader.Measured measured, List<Integer> widths) throws IOException {
        BufferedImage upright = decode(original, measured.orientation());
        boolean jpeg = measured.format().equals("jpeg");
        int type = jpeg || !upright.getColorModel().hasAlpha() ? BufferedImage.TYPE_INT_RGB : BufferedImage.TYPE_INT_ARGB;
        List<byte[]> copies = new ArrayList<>();
        for (int width : widths) {
            BufferedImage small = Thumbnails.of(upright)
                    .forceSize(width, heightFor(width, upright.getWidth(), upright.getHeight()))
                    .imageType(type)
                    .asBufferedImage();
            copies.add(jpeg ? jpeg(small) : png(small));
        }
        return copies;
    }

    private static BufferedImage decode(byte[] bytes, int orientation) throws IOException {
        try (ImageInputStream input = new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
            java.util.Iterator<ImageReader> readers = ImageIO.getImageReaders(input);
            if (!readers.hasNext()) {
                throw new IOException("no reader for the picture");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(input, true, true);
                BufferedImage image = reader.read(0);
                return orientation == 1 ? image : ExifFilterUtils.getFilterForOrientation(Orientation.typeOf(orientation)).apply(image);
            } finally {
                reader.dispose();
            }
        }
    }

    private static byte[] jpeg(BufferedImage image) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        JPEGImageWriteParam param = new JPEGImageWriteParam(null);
        param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        param.setCompressionQuality(JPEG_QUALITY);
        param.setOptimizeHuffmanTables(true);
        return write(writer, image, param);
    }

    private static byte[] png(BufferedImage image) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        return write(writer, image, writer.getDefaultWriteParam());
    }

    /** Encodes with no metadata: the writer's plain header only. */
    private static byte[] write(ImageWriter writer, BufferedImage image, ImageWriteParam param) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream output = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(output);
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }
}
