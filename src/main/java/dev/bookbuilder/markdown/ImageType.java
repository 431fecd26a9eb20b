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

    /** {@code png}, {@code jpeg}, {@code gif}, {@code webp}, {@code svg}, or empty when the bytes are none of these. */
    public static Optional<String> sniff(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return dev.bookbuilder.assets.ImageHeader.sniff(in.readNBytes(4096));
        } catch (IOException e) {
            return Optional.empty();
        }
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
