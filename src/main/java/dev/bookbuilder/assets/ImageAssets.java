package dev.bookbuilder.assets;

import java.io.IOException;
import java.lang.ref.SoftReference;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The book's images as the formats receive them: checked and prepared once, when the page that
 * uses them is parsed, then handed to the EPUB and the PDF writers. Prepared images are kept by
 * their content (a hash of the bytes and the settings): in memory while there is room, and on disk
 * under the folder the launcher names ({@code bookbuilder.cache}, target/cache; never out/), so that a
 * rebuild decodes nothing that did not change.
 */
public final class ImageAssets {
    private static final Map<String, SoftReference<Prepared>> MEMORY = new ConcurrentHashMap<>();
    /** Larger files are refused unread: no book image needs this much. */
    private static final long MAX_FILE_BYTES = 200L << 20;

    private ImageAssets() {
    }

    /** An image file's bytes as a format packages them, and their media type (from the bytes). */
    public record Asset(byte[] data, String mediaType) {
    }

    /** Where a check reports: an error makes the image unusable; an unsafe part was removed from it. */
    public interface Problems {
        void error(String message);

        void unsafe(String message);
    }

    /** Checks and prepares {@code file}; false (after reporting why) when the book cannot use it. */
    public static boolean check(Path file, ImageSettings settings, Problems problems) {
        Prepared p;
        try {
            p = prepare(file, settings);
        } catch (IOException e) {
            problems.error("it cannot be read: " + e.getMessage());
            return false;
        }
        p.unsafe().forEach(problems::unsafe);
        if (p.error() != null) {
            problems.error(p.error());
            return false;
        }
        return true;
    }

    /** The image as the EPUB holds it: at most {@code epub-max} pixels on its longest side. */
    public static Asset forEpub(Path file, ImageSettings settings) throws IOException {
        Prepared p = usable(file, settings);
        return new Asset(p.epub(), p.header().mediaType());
    }

    /** The image as the PDF prints it: at most {@code pdf-dpi} over the page's width. */
    public static byte[] forPdf(Path file, ImageSettings settings) throws IOException {
        return usable(file, settings).pdf();
    }

    private static Prepared usable(Path file, ImageSettings settings) throws IOException {
        Prepared p = prepare(file, settings);
        if (p.error() != null) {
            throw new IOException(file.getFileName() + ": " + p.error()); // the parser reported it: never reached in a build
        }
        return p;
    }

    private static Prepared prepare(Path file, ImageSettings settings) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IOException("not a plain file");
        }
        if (Files.size(file) > MAX_FILE_BYTES) {
            return Prepared.failed("it is larger than " + (MAX_FILE_BYTES >> 20) + " MB");
        }
        byte[] bytes = Files.readAllBytes(file);
        String key = key(bytes, settings);
        SoftReference<Prepared> ref = MEMORY.get(key);
        Prepared p = ref == null ? null : ref.get();
        if (p == null) {
            p = DiskCache.get(key).orElse(null);
            if (p == null) {
                p = Prepared.of(bytes, settings);
                DiskCache.put(key, p);
            }
            MEMORY.put(key, new SoftReference<>(p));
        }
        return p;
    }

    private static String key(byte[] bytes, ImageSettings s) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update(bytes);
            md.update((s.epubMaxPixels() + "/" + s.pdfMaxPixels() + "/" + Prepared.VERSION).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(md.digest(), 0, 20);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An image checked and sized: {@code error} when it cannot be used, {@code unsafe} what was taken out of it. */
    record Prepared(ImageHeader header, byte[] epub, byte[] pdf, List<String> unsafe, String error) {
        /** Changes when preparing changes, so that the disk cache never serves an older result. */
        static final int VERSION = 1;

        static Prepared failed(String error) {
            return new Prepared(null, null, null, List.of(), error);
        }

        static Prepared of(byte[] bytes, ImageSettings settings) {
            if (bytes.length == 0) {
                return failed("the file is empty (0 bytes)");
            }
            String type = ImageHeader.sniff(bytes).orElse(null);
            if (type == null) {
                return failed("it is not a PNG, JPEG, GIF, WebP or SVG image");
            }
            if (type.equals("svg")) {
                SvgSanitizer.Result svg = SvgSanitizer.clean(bytes);
                if (svg.error() != null) {
                    return new Prepared(null, null, null, svg.removed(), svg.error());
                }
                return new Prepared(new ImageHeader("svg", 0, 0), svg.svg(), svg.svg(), svg.removed(), null);
            }
            ImageHeader header = ImageHeader.read(bytes).orElse(null);
            if (header == null || header.width() <= 0 || header.height() <= 0) {
                return failed("its header cannot be read: the file is truncated or damaged");
            }
            if (header.pixels() > ImageSettings.MAX_PIXELS) {
                return failed("it is " + header.width() + " × " + header.height() + " pixels, more than the "
                        + ImageSettings.MAX_PIXELS / 1_000_000 + " million an image may have: scale it down");
            }
            if (!type.equals("png") && !type.equals("jpeg")) {
                return new Prepared(header, bytes, bytes, List.of(), null); // GIF and WebP are kept as they are, their size checked
            }
            try {
                byte[][] v = RasterImages.variants(bytes, header, new int[][] {{0, settings.epubMaxPixels()}, {settings.pdfMaxPixels(), 0}});
                return new Prepared(header, v[0], v[1], List.of(), null);
            } catch (RasterImages.BadImage e) {
                return failed(e.getMessage());
            }
        }
    }

    /** Prepared images on disk, by key: the EPUB and PDF bytes and the media type. */
    private static final class DiskCache {
        private DiskCache() {
        }

        private static Path dir() {
            String dir = System.getProperty("bookbuilder.cache");
            return dir == null || dir.isBlank() ? null : Path.of(dir).resolve("images");
        }

        static java.util.Optional<Prepared> get(String key) {
            Path dir = dir();
            if (dir == null) {
                return java.util.Optional.empty();
            }
            try {
                Path meta = dir.resolve(key + ".type");
                if (!Files.isRegularFile(meta)) {
                    return java.util.Optional.empty();
                }
                String[] t = Files.readString(meta).split(" ");
                ImageHeader h = new ImageHeader(t[0], Integer.parseInt(t[1]), Integer.parseInt(t[2]));
                return java.util.Optional.of(new Prepared(h, Files.readAllBytes(dir.resolve(key + ".epub")),
                        Files.readAllBytes(dir.resolve(key + ".pdf")), List.of(), null));
            } catch (IOException | RuntimeException e) {
                return java.util.Optional.empty(); // a cache that cannot be read is a miss
            }
        }

        /** Only clean results are kept: a problem must be reported again at every build. */
        static void put(String key, Prepared p) {
            Path dir = dir();
            if (dir == null || p.error() != null || !p.unsafe().isEmpty()) {
                return;
            }
            try {
                Files.createDirectories(dir);
                write(dir, key + ".epub", p.epub());
                write(dir, key + ".pdf", p.pdf());
                write(dir, key + ".type", (p.header().type() + " " + p.header().width() + " " + p.header().height())
                        .getBytes(java.nio.charset.StandardCharsets.US_ASCII)); // last: its presence means the others are whole
            } catch (IOException e) {
                // a cache that cannot be written only costs time next build
            }
        }

        private static void write(Path dir, String name, byte[] data) throws IOException {
            Path tmp = Files.createTempFile(dir, name, ".part");
            Files.write(tmp, data);
            try {
                Files.move(tmp, dir.resolve(name), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, dir.resolve(name), StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }
}
