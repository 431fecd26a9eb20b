package dev.bookbuilder.epub;

import dev.bookbuilder.cache.ContentCache;
import dev.bookbuilder.config.Positioned;
import dev.bookbuilder.pdf.PdfFonts;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Painted covers kept across builds (in the process, and on disk beside the jar), because painting
 * one needs the book's fonts found first, which reads every font collection on the machine (a second
 * or more). The key holds all a painting depends on: the text, the configured fonts, every font
 * file's name, size and time, the painter's own class files and the JDK, so a hit is the same PNG
 * painting would give.
 */
final class CoverCache {
    private static final Map<String, byte[]> IN_PROCESS = new ConcurrentHashMap<>();
    private static final ContentCache ON_DISK = ContentCache.fromSystemProperty("covers", "cover-1");
    private static volatile String painterVersion;

    private CoverCache() {
    }

    static byte[] get(List<String> text, Map<String, List<Positioned<String>>> configuredFonts, Supplier<byte[]> paint) {
        List<Object> parts = new ArrayList<>(List.of(painterVersion(), fonts(configuredFonts)));
        parts.addAll(text);
        String key = BuildMemo.key(parts.toArray());
        return IN_PROCESS.computeIfAbsent(key, k -> {
            byte[] cached = ON_DISK.get(k).map(CoverCache::decode).orElse(null);
            if (cached != null) {
                return cached;
            }
            byte[] png = paint.get();
            ON_DISK.put(k, Base64.getEncoder().encodeToString(png));
            return png;
        });
    }

    private static byte[] decode(String text) {
        try {
            return Base64.getDecoder().decode(text.strip());
        } catch (IllegalArgumentException e) {
            return null; // damaged: paint again
        }
    }

    /** The configured fonts in a fixed order, and every font file that discovery could pick, with its size and time. */
    private static String fonts(Map<String, List<Positioned<String>>> configured) {
        StringBuilder out = new StringBuilder();
        new TreeMap<>(configured).forEach((role, specs) -> {
            out.append(role).append('=');
            for (Positioned<String> s : specs) {
                out.append(s.value()).append(';');
                stamp(Path.of(s.value()), out); // a configured file, when it is one
            }
            out.append('\n');
        });
        List<Path> files = new ArrayList<>();
        for (Path dir : PdfFonts.fontDirs()) {
            if (Files.isDirectory(dir)) {
                try (Stream<Path> s = Files.walk(dir, 6)) {
                    s.filter(p -> p.toString().toLowerCase(Locale.ROOT).matches(".*\\.(ttf|otf|ttc)")).forEach(files::add);
                } catch (IOException | java.io.UncheckedIOException e) {
                    out.append("unreadable ").append(dir).append('\n');
                }
            }
        }
        files.stream().sorted().forEach(f -> stamp(f, out.append(f)));
        return out.toString();
    }

    private static void stamp(Path file, StringBuilder out) {
        if (Files.isRegularFile(file)) {
            out.append(' ').append(dev.bookbuilder.cache.FileStamps.of(file));
        }
        out.append('\n');
    }

    /** The painter's class files and the JDK's version: a changed painter never reads an old cover. */
    private static String painterVersion() {
        String v = painterVersion;
        if (v == null) {
            List<Object> parts = new ArrayList<>(List.of(Runtime.version().toString()));
            for (Class<?> c : List.of(CoverPainter.class, Covers.class, CoverCache.class, PdfFonts.class)) {
                try (InputStream in = c.getResourceAsStream(c.getSimpleName() + ".class")) {
                    parts.add(in == null ? c.getName() : in.readAllBytes());
                } catch (IOException e) {
                    parts.add(c.getName());
                }
            }
            v = painterVersion = BuildMemo.key(parts.toArray());
        }
        return v;
    }
}
