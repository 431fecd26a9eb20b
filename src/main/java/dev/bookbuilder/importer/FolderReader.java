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
    private static final List<String> OPENERS = List.of("README.md", "readme.md", "index.md");

    private FolderReader() {
    }

    static Outline read(Path root, ImportNotes notes) throws IOException {
        List<Outline.Chapter> chapters = new ArrayList<>();
        List<Outline.Entry> front = new ArrayList<>();
        for (Path p : numbered(root)) {
            String name = p.getFileName().toString();
            if (Files.isDirectory(p)) {
                String opener = OPENERS.stream().filter(o -> Files.isRegularFile(p.resolve(o))).findFirst().orElse(null);
                List<Outline.Entry> pages = new ArrayList<>();
                for (Path f : numbered(p)) {
                    if (Files.isRegularFile(f) && f.toString().endsWith(".md")) {
                        pages.add(new Outline.Entry("", name + "/" + f.getFileName()));
                    }
                }
                chapters.add(new Outline.Chapter(new Outline.Entry(name.replaceFirst("^\\d+[-_. ]+", ""),
                        opener == null ? null : name + "/" + opener), pages));
            } else if (name.endsWith(".md")) {
                chapters.add(new Outline.Chapter(new Outline.Entry("", name), List.of()));
            }
        }
        for (String o : OPENERS) {
            if (Files.isRegularFile(root.resolve(o))) {
                front.add(new Outline.Entry("", o));
                break;
            }
        }
        if (chapters.isEmpty()) {
            notes.add(root.toString(), "no numbered Markdown files or folders (`01-name.md`, `01-name/`) to make chapters of");
        }
        return new Outline(front, chapters, List.of());
    }

    private static List<Path> numbered(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> NUMBERED.matcher(p.getFileName().toString()).matches()).sorted().toList();
        }
    }
}
