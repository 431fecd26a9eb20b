package dev.bookbuilder.importer;

import java.util.Locale;
import java.util.Set;

/** Ids for imported pages and chapters, from their file names: what the builder derives its ids from. */
final class Ids {
    private Ids() {
    }

    /**
     * The name a page's id comes from: its file name, or its folder's for a README or index page and for a
     * file name without Latin letters or digits ({@code chapter3/第三章 预训练语言模型.md} → {@code chapter3}).
     */
    static String source(String file) {
        String name = file.substring(file.lastIndexOf('/') + 1).replaceFirst("\\.md$", "");
        String dir = Paths.dirOf(file);
        String folder = dir.substring(dir.lastIndexOf('/') + 1);
        if (name.equalsIgnoreCase("readme") || name.equalsIgnoreCase("index")) {
            return dir.isEmpty() ? "home" : folder;
        }
        return slug(name).isEmpty() && !slug(folder).isEmpty() ? folder : name;
    }

    /**
     * Lower-case Latin letters, digits and hyphens, without a leading number or section number
     * ({@code 3.10_experimental} → {@code experimental}); empty when the name has none.
     */
    static String slug(String name) {
        return name.toLowerCase(Locale.ROOT).replaceFirst("^\\d+(?:\\.\\d+)*[-_. ]*", "").replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    }

    /** A lower-case id from a name, unique in the book: ids derive from file names and must not clash. */
    static String unique(String name, Set<String> ids) {
        String slug = slug(name);
        if (slug.isEmpty() || !Character.isLetter(slug.charAt(0))) {
            slug = "page" + (slug.isEmpty() ? "" : "-" + slug);
        }
        String id = slug;
        for (int n = 2; reserved(id) || !ids.add(id); n++) {
            id = slug + "-" + n;
        }
        return id;
    }

    /** An id the builder keeps for the book's own files (a {@code css/README.md} chapter would be {@code css}). */
    private static boolean reserved(String id) {
        return dev.bookbuilder.source.SourceLoader.RESERVED_IDS.contains(id) || dev.bookbuilder.source.SourceLoader.RESERVED_ID_PATTERN.matcher(id).matches();
    }
}
