package dev.bookbuilder.importer;

import dev.bookbuilder.config.SourceFiles;
import dev.bookbuilder.diag.Diagnostics;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A book kept on GitHub with neither a contents file nor numbered files: its README lists its pages
 * ({@code - [Usage](docs/usage.md)}), and that list, read as a {@code SUMMARY.md}, is the contents. Only items
 * that link to Markdown files of the book count; the README's other lists (features, links to the web) do not.
 */
final class ReadmeContents {
    private ReadmeContents() {
    }

    /** The contents the README at {@code readme} (below {@code root}) lists, with the README as the front page; empty when it lists no page. */
    static Optional<Outline> read(Path root, String readme, ImportNotes notes) {
        String text = SourceFiles.read(root, root.resolve(readme), new Diagnostics()).orElse("");
        // The README's headings and other lists are not contents: what SummaryReader would say of them is not kept.
        Outline listed = SummaryReader.read(text, Paths.dirOf(readme), readme, new ImportNotes());
        List<Outline.Chapter> chapters = new ArrayList<>();
        int pages = 0;
        for (Outline.Chapter c : listed.chapters()) {
            List<Outline.Entry> own = c.pages().stream().filter(p -> isPage(root, p.file(), readme)).toList();
            boolean head = isPage(root, c.head().file(), readme);
            if (head || !own.isEmpty()) {
                chapters.add(new Outline.Chapter(head ? c.head() : new Outline.Entry(c.head().title(), null), own));
                pages += own.size() + (head ? 1 : 0);
            }
        }
        if (chapters.isEmpty()) {
            return Optional.empty();
        }
        notes.add(readme, "no SUMMARY.md and no numbered files: the README's list of links to " + pages + " page(s) is the contents");
        return Optional.of(new Outline(List.of(new Outline.Entry("", readme)), chapters, List.of()));
    }

    private static boolean isPage(Path root, String file, String readme) {
        return file != null && !file.equals(readme) && file.toLowerCase(Locale.ROOT).endsWith(".md")
                && Files.isRegularFile(root.resolve(file)) && SourceFiles.inside(root, root.resolve(file));
    }
}
