package news.coop.portal.image;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import net.coobird.thumbnailator.util.exif.ExifUtils;
import net.coobird.thumbnailator.util.exif.Orientation;

/**
 * Reads a picture's size as a browser lays it out, from the file's header: JPEG (turned by its EXIF
 * orientation, as browsers turn it), PNG and GIF through {@link ImageIO}; WebP from its RIFF header
 * (the JDK has no WebP reader); SVG from the {@code width} and {@code height} of its root element in
 * pixels, else from its {@code viewBox}. Nothing is decoded. Stateless and thread-safe.
 */
public final class PictureReader {
    /** Pixel sizes written as a plain number or in {@code px}; other units ({@code %}, {@code em}, {@code mm}) say nothing in pixels. */
    private static final Pattern PIXELS = Pattern.compile("\\s*([0-9]*\\.?[0-9]+)\\s*(px)?\\s*");

    private PictureReader() {
    }

    /**
     * What a picture file is.
     *
     * @param format {@code jpeg}, {@code png}, {@code gif}, {@code webp} or {@code svg}
     * @param orientation the EXIF orientation of a JPEG (1 is upright; 5 to 8 turn it a quarter)
     */
    public record Measured(String format, int width, int height, int orientation) {
        /** Whether smaller copies can be made of it: JPEG and PNG photos and drawings (GIF may move; WebP and SVG are left as they are). */
        public boolean resizable() {
            return format.equals("jpeg") || format.equals("png");
        }
    }

    /** A picture that cannot be measured: the reason, and what the author can do. */
    public static final class Unreadable extends Exception {
        private final String hint;

        Unreadable(String message, String hint) {
            super(message);
            this.hint = hint;
        }

        public String hint() {
            return hint;
        }
    }

    public static Measured read(Path file) throws Unreadable, IOException {
        byte[] bytes = Files.readAllBytes(file);
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".svg")) {
            return svg(bytes);
        }
        if (name.endsWith(".webp")) {
            return webp(bytes);
        }
        return raster(bytes);
    }

    static Measured raster(byte[] bytes) throws Unreadable, IOException {
        try (ImageInputStream input = new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(input);
            if (!readers.hasNext()) {
                throw new Unreadable("the picture is not a JPEG, PNG, GIF, WebP or SVG file that can be read",
                        "save it again as JPEG (photos) or PNG (drawings, screenshots)");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(input, true, true);
                String format = reader.getFormatName().toLowerCase(Locale.ROOT);
                format = format.equals("jpg") ? "jpeg" : format;
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                int orientation = 1;
                if (format.equals("jpeg")) {
                    if (!reader.getImageTypes(0).hasNext()) {
                        throw new Unreadable("the JPEG's colours cannot be read (it is probably CMYK, made for print)",
                                "save it again as an RGB JPEG for the web");
                    }
                    orientation = orientation(bytes);
                }
                boolean quarterTurn = orientation >= 5;
                return new Measured(format, quarterTurn ? height : width, quarterTurn ? width : height, orientation);
            } catch (javax.imageio.IIOException | IllegalArgumentException e) {
                throw new Unreadable("the picture cannot be read (" + e.getMessage() + ")", "save it again as JPEG or PNG");
            } finally {
                reader.dispose();
            }
        }
    }

    /**
     * The EXIF orientation of a JPEG (1 to 8; 1 when it has none), from its first {@code Exif} APP1
     * segment before the image data. Read from the markers rather than through ImageIO's metadata,
     * which refuses files whose segments are in an unusual order that browsers show all the same.
     */
    static int orientation(byte[] jpeg) {
        int at = 2;
        while (at + 4 <= jpeg.length && (jpeg[at] & 0xff) == 0xff) {
            int marker = jpeg[at + 1] & 0xff;
            int length = (jpeg[at + 2] & 0xff) << 8 | jpeg[at + 3] & 0xff;
            if (marker == 0xda || length < 2 || at + 2 + length > jpeg.length) {
                break;
            }
            if (marker == 0xe1 && length > 8 && ascii(jpeg, at + 4, "Exif")) {
                try {
                    return number(ExifUtils.getOrientationFromExif(java.util.Arrays.copyOfRange(jpeg, at + 4, at + 2 + length)));
                } catch (RuntimeException e) {
                    return 1;
                }
            }
            at += 2 + length;
        }
        return 1;
    }

    /** The canvas size in a WebP file's first chunk: VP8X (extended), VP8L (lossless) or VP8 (lossy). */
    static Measured webp(byte[] bytes) throws Unreadable {
        ByteBuffer data = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        if (bytes.length >= 30 && ascii(bytes, 0, "RIFF") && ascii(bytes, 8, "WEBP")) {
            if (ascii(bytes, 12, "VP8X")) {
                return new Measured("webp", 1 + uint24(data, 24), 1 + uint24(data, 27), 1);
            }
            if (ascii(bytes, 12, "VP8L") && (bytes[20] & 0xff) == 0x2f) {
                int bits = data.getInt(21);
                return new Measured("webp", 1 + (bits & 0x3fff), 1 + ((bits >>> 14) & 0x3fff), 1);
            }
            if (ascii(bytes, 12, "VP8 ") && (bytes[23] & 0xff) == 0x9d && (bytes[24] & 0xff) == 0x01 && (bytes[25] & 0xff) == 0x2a) {
                return new Measured("webp", data.getShort(26) & 0x3fff, data.getShort(28) & 0x3fff, 1);
            }
        }
        throw new Unreadable("the WebP file's header cannot be read", "save it again, or as JPEG or PNG");
    }

    /**
     * An SVG's size: {@code width} and {@code height} in pixels, else its {@code viewBox} (the one that
     * is missing follows the viewBox's proportions). The XML is read without its DTD or external
     * entities.
     */
    static Measured svg(byte[] bytes) throws Unreadable {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        String hint = "give its <svg> element a viewBox, or width and height in pixels, e.g. <svg width=\"640\" height=\"360\" …>";
        try (InputStream input = new ByteArrayInputStream(bytes)) {
            XMLStreamReader xml = factory.createXMLStreamReader(input);
            while (xml.hasNext() && xml.next() != XMLStreamConstants.START_ELEMENT) {
                // skip the prolog
            }
            if (!xml.isStartElement() || !xml.getLocalName().equals("svg")) {
                throw new Unreadable("the file is not an SVG picture", "save it again as SVG, or as PNG");
            }
            double width = pixels(xml.getAttributeValue(null, "width"));
            double height = pixels(xml.getAttributeValue(null, "height"));
            String[] box = String.valueOf(xml.getAttributeValue(null, "viewBox")).trim().split("[\\s,]+");
            double boxWidth = box.length == 4 ? number(box[2]) : -1;
            double boxHeight = box.length == 4 ? number(box[3]) : -1;
            if (boxWidth > 0 && boxHeight > 0) {
                if (width <= 0 && height <= 0) {
                    width = boxWidth;
                    height = boxHeight;
                } else if (height <= 0) {
                    height = width * boxHeight / boxWidth;
                } else if (width <= 0) {
                    width = height * boxWidth / boxHeight;
                }
            }
            if (width <= 0 || height <= 0) {
                throw new Unreadable("the SVG picture does not say how large it is", hint);
            }
            return new Measured("svg", Math.max(1, (int) Math.round(width)), Math.max(1, (int) Math.round(height)), 1);
        } catch (XMLStreamException | IOException e) {
            throw new Unreadable("the SVG picture cannot be read (" + e.getMessage().lines().findFirst().orElse("") + ")", hint);
        }
    }

    /** The EXIF number (1 to 8) of an orientation; 1, upright, when there is none. */
    private static int number(Orientation orientation) {
        for (int value = 2; value <= 8; value++) {
            if (Orientation.typeOf(value) == orientation) {
                return value;
            }
        }
        return 1;
    }

    private static double pixels(String value) {
        if (value == null) {
            return -1;
        }
        Matcher matcher = PIXELS.matcher(value);
        return matcher.matches() ? Double.parseDouble(matcher.group(1)) : -1;
    }

    private static double number(String value) {
        try {
            return Double.parseDouble(value);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static boolean ascii(byte[] bytes, int at, String text) {
        for (int i = 0; i < text.length(); i++) {
            if (bytes[at + i] != text.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static int uint24(ByteBuffer data, int at) {
        return (data.get(at) & 0xff) | (data.get(at + 1) & 0xff) << 8 | (data.get(at + 2) & 0xff) << 16;
    }
}
