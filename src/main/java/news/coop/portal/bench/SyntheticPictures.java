package news.coop.portal.bench;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.Adler32;
import java.util.zip.CRC32;

/** The pictures of a synthetic archive: small PNG files whose bytes are the same on every machine. */
final class SyntheticPictures {
    private SyntheticPictures() {
    }

    /**
     * A 64×36 RGB gradient in one of four tints. Its pixels are stored uncompressed (a stored deflate
     * block), so the bytes never depend on the zlib the JDK was built with.
     */
    static byte[] png(int tint) throws IOException {
        int width = 64;
        int height = 36;
        ByteBuffer pixels = ByteBuffer.allocate(height * (1 + 3 * width));
        for (int y = 0; y < height; y++) {
            pixels.put((byte) 0);
            for (int x = 0; x < width; x++) {
                pixels.put((byte) (40 * tint + 2 * x)).put((byte) (90 + 3 * y)).put((byte) (220 - 45 * tint + x));
            }
        }
        byte[] raw = pixels.array();
        Adler32 adler = new Adler32();
        adler.update(raw);
        ByteBuffer zlib = ByteBuffer.allocate(raw.length + 11).put((byte) 0x78).put((byte) 0x01).put((byte) 1)
                .putShort(Short.reverseBytes((short) raw.length)).putShort(Short.reverseBytes((short) ~raw.length))
                .put(raw).putInt((int) adler.getValue());
        ByteBuffer header = ByteBuffer.allocate(13).putInt(width).putInt(height).put((byte) 8).put((byte) 2);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream png = new DataOutputStream(bytes);
        png.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
        chunk(png, "IHDR", header.array());
        chunk(png, "IDAT", zlib.array());
        chunk(png, "IEND", new byte[0]);
        return bytes.toByteArray();
    }

    private static void chunk(DataOutputStream png, String type, byte[] data) throws IOException {
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        png.writeInt(data.length);
        png.write(name);
        png.write(data);
        png.writeInt((int) crc.getValue());
    }
}
