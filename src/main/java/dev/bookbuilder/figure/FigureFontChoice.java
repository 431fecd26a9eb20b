package dev.bookbuilder.figure;

import dev.bookbuilder.cache.ContentCache;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * {@link FigureFont#choose} remembered across builds ({@code target/cache/figure-font}). Asking Java for the installed
 * families loads every font on the machine (0.2 s of CPU, and the font classes), while a build whose figures are all
 * cached needs only the family's name for their keys. The choice is kept under everything it depends on: the wanted
 * family, the JDK, and every file in the font folders with its size and time (a font installed or removed is a new key).
 */
public final class FigureFontChoice {
    /** Raise when {@link FigureFont#choose} changes. */
    static final String VERSION = "figure-font-1";

    private FigureFontChoice() {
    }

    /** The family {@link FigureFont#choose} gives for {@code wanted} (null: the house choice). */
    public static FigureFont of(String wanted) {
        return of(wanted, ContentCache.fromSystemProperty("figure-font", VERSION), fontFolders());
    }

    static FigureFont of(String wanted, ContentCache cache, List<Path> folders) {
        if (!cache.enabled()) {
            return FigureFont.choose(wanted);
        }
        String key = key(wanted, folders);
        if (key == null) {
            return FigureFont.choose(wanted);
        }
        return cache.get(key).filter(f -> !f.isBlank()).map(FigureFont::new).orElseGet(() -> {
            FigureFont chosen = FigureFont.choose(wanted);
            cache.put(key, chosen.family());
            return chosen;
        });
    }

    /** Where Java finds fonts: the usual folders (as the PDF's discovery knows them) and the JDK's own. */
    private static List<Path> fontFolders() {
        List<Path> dirs = new ArrayList<>(dev.bookbuilder.pdf.PdfFonts.fontDirs());
        dirs.add(Path.of(System.getProperty("java.home", ""), "lib", "fonts"));
        dirs.add(Path.of("/etc/fonts")); // fontconfig's own configuration
        return dirs;
    }

    /** Everything the choice depends on; null when a font folder cannot be read. */
    static String key(String wanted, List<Path> folders) {
        StringBuilder out = new StringBuilder().append(wanted).append('\n').append(Runtime.version()).append('\n')
                .append(System.getProperty("java.home")).append('\n');
        for (Path dir : folders) {
            out.append(dir).append('\n');
            if (!Files.isDirectory(dir)) {
                continue;
            }
            List<String> files = new ArrayList<>();
            try (Stream<Path> s = Files.walk(dir, 8)) {
                s.filter(Files::isRegularFile).forEach(f -> {
                    try {
                        files.add(f + " " + Files.size(f) + " " + Files.getLastModifiedTime(f).toMillis());
                    } catch (IOException e) {
                        files.add(f + " unreadable");
                    }
                });
            } catch (IOException | UncheckedIOException e) {
                return null; // a folder that cannot be listed: no key, choose again
            }
            files.stream().sorted().forEach(f -> out.append(f).append('\n'));
        }
        return out.toString();
    }
}
