package dev.bookbuilder.pdf;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The names a font file gives its faces, read from each face's 'name' table: family (name ids 16,
 * else 1), style (17, else 2) and PostScript name (6). A family named in book.yml is matched
 * against these, never against file names.
 */
record FontNames(Path file, int index, String family, String legacyFamily, String style, String postscriptName) {

    /** Regular, Book, Normal, Roman: the upright face of normal weight. */
    boolean regular() {
        return List.of("regular", "book", "normal", "roman").contains(style.toLowerCase(Locale.ROOT));
    }

    boolean bold() {
        return style.equalsIgnoreCase("bold");
    }

    boolean isFamily(String name) {
        return family.equalsIgnoreCase(name.strip()) || legacyFamily.equalsIgnoreCase(name.strip());
    }

    /** The faces of a font file (one, or each face of a collection); empty when the file cannot be read. */
    static List<FontNames> read(Path file) {
        List<FontNames> out = new ArrayList<>();
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "r")) {
            if (f.length() < 12) {
                return out;
            }
            long[] directories = {0};
            if (f.readInt() == 0x74746366) { // 'ttcf'
                f.readInt();
                int faces = f.readInt();
                directories = new long[faces];
                for (int i = 0; i < faces; i++) {
                    directories[i] = f.readInt() & 0xffffffffL;
                }
            }
            for (int i = 0; i < directories.length; i++) {
                FontNames n = face(f, file, i, directories[i]);
                if (n != null) {
                    out.add(n);
                }
            }
        } catch (IOException | RuntimeException e) {
            // an unreadable or malformed file offers no faces
        }
        return out;
    }

    private static FontNames face(RandomAccessFile f, Path file, int index, long directory) throws IOException {
        f.seek(directory + 4);
        int tables = f.readUnsignedShort();
        for (int t = 0; t < tables; t++) {
            f.seek(directory + 12 + 16L * t);
            if (f.readInt() == 0x6e616d65) { // 'name'
                f.readInt();
                long offset = f.readInt() & 0xffffffffL;
                String[] names = names(f, offset);
                String family = names[16] != null ? names[16] : names[1];
                String style = names[17] != null ? names[17] : names[2];
                return family == null ? null : new FontNames(file, index, family,
                        names[1] == null ? family : names[1], style == null ? "" : style, names[6] == null ? "" : names[6]);
            }
        }
        return null;
    }

    /** Name ids 0–17, English (Windows, US) preferred, else Macintosh Roman. */
    private static String[] names(RandomAccessFile f, long table) throws IOException {
        f.seek(table + 2);
        int count = f.readUnsignedShort();
        long strings = table + f.readUnsignedShort();
        String[] windows = new String[18];
        String[] mac = new String[18];
        for (int r = 0; r < count; r++) {
            f.seek(table + 6 + 12L * r);
            int platform = f.readUnsignedShort();
            int encoding = f.readUnsignedShort();
            int language = f.readUnsignedShort();
            int id = f.readUnsignedShort();
            int length = f.readUnsignedShort();
            int offset = f.readUnsignedShort();
            if (id > 17) {
                continue;
            }
            boolean win = platform == 3 && (encoding == 1 || encoding == 10) && language == 0x409;
            boolean roman = platform == 1 && encoding == 0 && language == 0;
            if (!win && !roman) {
                continue;
            }
            byte[] b = new byte[length];
            f.seek(strings + offset);
            f.readFully(b);
            if (win) {
                windows[id] = new String(b, StandardCharsets.UTF_16BE);
            } else {
                mac[id] = new String(b, StandardCharsets.ISO_8859_1);
            }
        }
        for (int i = 0; i < 18; i++) {
            if (windows[i] == null) {
                windows[i] = mac[i];
            }
        }
        return windows;
    }
}
