package dev.bookbuilder.assets;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * An image's type, read from its bytes (never its name), and its size in pixels, read from its
 * header: both are known before a single pixel is decoded, so a decompression bomb is refused first.
 *
 * @param type {@code png}, {@code jpeg}, {@code gif}, {@code webp} or {@code svg}
 */
public record ImageHeader(String type, int width, int height) {

    /** The media type EPUB readers are told. */
    public String mediaType() {
        return type.equals("svg") ? "image/svg+xml" : "image/" + type;
    }

    public long pixels() {
        return (long) width * height;
    }

    /** The type from the first bytes, or empty when they are no image the book can hold. */
    public static Optional<String> sniff(byte[] b) {
        if (b.length >= 8 && (b[0] & 0xff) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G') {
            return Optional.of("png");
        }
        if (b.length >= 3 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xD8 && (b[2] & 0xff) == 0xFF) {
            return Optional.of("jpeg");
        }
        if (b.length >= 10 && b[0] == 'G' && b[1] == 'I' && b[2] == 'F' && b[3] == '8') {
            return Optional.of("gif");
        }
        if (b.length >= 30 && b[0] == 'R' && b[1] == 'I' && b[2] == 'F' && b[3] == 'F' && b[8] == 'W' && b[9] == 'E' && b[10] == 'B'
                && b[11] == 'P') {
            return Optional.of("webp");
        }
        String head = new String(b, 0, Math.min(b.length, 4096), StandardCharsets.UTF_8).stripLeading();
        if (head.startsWith("\uFEFF")) {
            head = head.substring(1).stripLeading();
        }
        if (head.startsWith("<") && head.contains("<svg")) {
            return Optional.of("svg");
        }
        return Optional.empty();
    }

    /** Type and size of a raster image, or empty when its header cannot be read. */
    public static Optional<ImageHeader> read(byte[] b) {
        Optional<String> type = sniff(b);
        if (type.isEmpty() || type.get().equals("svg")) {
            return Optional.empty();
        }
        return switch (type.get()) {
            case "gif" -> Optional.of(new ImageHeader("gif", le16(b, 6), le16(b, 8)));
            case "webp" -> webp(b);
            default -> viaImageIo(type.get(), b);
        };
    }

    /** PNG and JPEG: the reader reads the header only (IHDR, the SOF marker) when asked for the size. */
    private static Optional<ImageHeader> viaImageIo(String type, byte[] b) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(b))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                return Optional.empty();
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                return Optional.of(new ImageHeader(type, reader.getWidth(0), reader.getHeight(0)));
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** WebP's three headers: extended (VP8X), lossy (VP8) and lossless (VP8L). */
    private static Optional<ImageHeader> webp(byte[] b) {
        String chunk = new String(b, 12, 4, StandardCharsets.US_ASCII);
        return switch (chunk) {
            case "VP8X" -> Optional.of(new ImageHeader("webp", le24(b, 24) + 1, le24(b, 27) + 1));
            case "VP8 " -> Optional.of(new ImageHeader("webp", le16(b, 26) & 0x3fff, le16(b, 28) & 0x3fff));
            case "VP8L" -> {
                int bits = (b[21] & 0xff) | (b[22] & 0xff) << 8 | (b[23] & 0xff) << 16 | (b[24] & 0xff) << 24;
                yield Optional.of(new ImageHeader("webp", (bits & 0x3fff) + 1, ((bits >> 14) & 0x3fff) + 1));
            }
            default -> Optional.empty();
        };
    }

    private static int le16(byte[] b, int at) {
        return (b[at] & 0xff) | (b[at + 1] & 0xff) << 8;
    }

    private static int le24(byte[] b, int at) {
        return le16(b, at) | (b[at + 2] & 0xff) << 16;
    }
}
