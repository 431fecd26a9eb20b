package dev.bookbuilder.importer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A plain folder of numbered Markdown files ({@code 01-intro.md}, {@code 02-basics.md}) and numbered
 * folders of them: each file at the top is a chapter of one page, each folder a chapter whose
 * {@code README.md} or {@code index.md} opens it and whose numbered files are its pages.
 */
final class FolderReader {
    private static final Pattern NUMBERED = Pattern.compile("^\\d+[-_. ].*");
    /** A folder's opening page, in this order; matched in any letter case ({@code Readme.md} is common on GitHub). */
    private static final List<String> OPENERS = List.of("readme.md", "index.md");

    private FolderReader() {
    }

    static Outline read(Path root) throws IOException {
        List<Outline.Chapter> chapters = new ArrayList<>();
        List<Outline.Entry> front = new ArrayList<>();
        for (Path p : numbered(root)) {
            String name = p.getFileName().toString();
            if (Files.isDirectory(p)) {
                String opener = opener(p);
                List<Outline.Entry> pages = new ArrayList<>();
                for (Path f : numbered(p)) {
                    if (Files.isRegularFile(f) && f.toString().toLowerCase(java.util.Locale.ROOT).endsWith(".md")) {
                        pages.add(new Outline.Entry("", name + "/" + f.getFileName()));
                    }
                }
                chapters.add(new Outline.Chapter(new Outline.Entry(name.replaceFirst("^\\d+[-_. ]+", ""),
                        opener == null ? null : name + "/" + opener), pages));
            } else if (name.endsWith(".md")) {
                chapters.add(new Outline.Chapter(new Outline.Entry("", name), List.of()));
            }
        }
        String home = opener(root);
        if (home != null) {
            front.add(new Outline.Entry("", home));
        }
        return new Outline(front, chapters, List.of());
    }

    /** The folder's README or index page as it is spelt there ({@code README.md}, {@code Readme.md}), or null. */
    static String opener(Path dir) throws IOException {
        List<String> names;
        try (Stream<Path> s = Files.list(dir)) {
            names = s.filter(Files::isRegularFile).map(f -> f.getFileName().toString()).sorted().toList();
        }
        for (String o : OPENERS) {
            for (String n : names) {
                if (n.equalsIgnoreCase(o)) {
                    return n;
                }
            }
        }
        return null;
    }

    private static List<Path> numbered(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> NUMBERED.matcher(p.getFileName().toString()).matches()).sorted().toList();
        }
    }
}
