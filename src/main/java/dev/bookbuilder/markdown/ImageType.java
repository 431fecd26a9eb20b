package dev.bookbuilder.markdown;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What an image file really is, read from its first bytes: EPUB readers go by the media type the
 * package declares, which follows the file's extension, so a JPEG named {@code .png} is a broken image.
 */
public final class ImageType {
    private static final Map<String, String> EXTENSIONS = Map.of("png", "png", "jpg", "jpeg", "jpeg", "jpeg", "gif", "gif",
            "webp", "webp", "svg", "svg");

    private ImageType() {
    }

    /** {@code png}, {@code jpeg}, {@code gif}, {@code webp}, or empty when the bytes are none of these (SVG is text). */
    public static Optional<String> sniff(Path file) {
        byte[] head = new byte[12];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(head, 0, head.length);
        } catch (IOException e) {
            return Optional.empty();
        }
        if (n >= 8 && (head[0] & 0xff) == 0x89 && head[1] == 'P' && head[2] == 'N' && head[3] == 'G') {
            return Optional.of("png");
        }
        if (n >= 3 && (head[0] & 0xff) == 0xFF && (head[1] & 0xff) == 0xD8 && (head[2] & 0xff) == 0xFF) {
            return Optional.of("jpeg");
        }
        if (n >= 6 && head[0] == 'G' && head[1] == 'I' && head[2] == 'F' && head[3] == '8') {
            return Optional.of("gif");
        }
        if (n >= 12 && head[0] == 'R' && head[1] == 'I' && head[2] == 'F' && head[3] == 'F' && head[8] == 'W' && head[9] == 'E'
                && head[10] == 'B' && head[11] == 'P') {
            return Optional.of("webp");
        }
        return Optional.empty();
    }

    /** The type the file's extension claims, or empty for an extension that is not an image's. */
    public static Optional<String> claimed(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? Optional.empty() : Optional.ofNullable(EXTENSIONS.get(fileName.substring(dot + 1).toLowerCase(Locale.ROOT)));
    }

    /** The real type when the extension claims another, else empty. */
    public static Optional<String> mismatch(Path file) {
        Optional<String> real = sniff(file);
        Optional<String> claimed = claimed(file.getFileName().toString());
        return real.isPresent() && claimed.isPresent() && !real.equals(claimed) ? real : Optional.empty();
    }
}
