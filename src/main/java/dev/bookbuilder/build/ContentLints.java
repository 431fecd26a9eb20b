package dev.bookbuilder.build;

import dev.bookbuilder.config.EditionConfig;
import dev.bookbuilder.diag.Diagnostics;
import dev.bookbuilder.markdown.CrossRef;
import dev.bookbuilder.markdown.ParsedBook;
import dev.bookbuilder.markdown.ParsedPage;
import dev.bookbuilder.markdown.caption.Caption;
import dev.bookbuilder.source.SourceText;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Checks that apply to any book and that {@code book check} adds to a build's: an image file in the
 * source folder that no page shows (left behind after an edit), and a figure or table given an id that
 * nothing refers to (the id was meant for a reference). Missing alt text, unused glossary terms and
 * links to undefined anchors are the build's own diagnostics already.
 */
public final class ContentLints {
    private static final List<String> IMAGE_TYPES = List.of(".png", ".jpg", ".jpeg", ".gif", ".svg", ".webp");

    private ContentLints() {
    }

    public static void run(ParsedBook book, Diagnostics diags) {
        unusedImages(book, diags);
        unreferencedCaptions(book, diags);
    }

    private static void unusedImages(ParsedBook book, Diagnostics diags) {
        Path root = book.sources().root();
        Set<String> used = new HashSet<>(book.imageFiles());
        if (book.sources().config().cover() != null) {
            used.add(book.sources().config().cover());
        }
        for (EditionConfig e : book.sources().config().editions()) {
            if (e.cover() != null) {
                used.add(e.cover());
            }
        }
        try (Stream<Path> s = Files.walk(root)) {
            // A link is not an image of the book's own: one shown is checked (and one to outside the book
            // reported) where a page shows it.
            for (Path p : s.filter(f -> Files.isRegularFile(f, java.nio.file.LinkOption.NOFOLLOW_LINKS)).sorted().toList()) {
                String rel = root.relativize(p).toString().replace('\\', '/');
                String lower = rel.toLowerCase(Locale.ROOT);
                if (IMAGE_TYPES.stream().anyMatch(lower::endsWith) && !used.contains(rel) && !rel.startsWith(".")) {
                    diags.warning("unused-image", p, 0, 0, "no page shows the image " + rel + " (delete it, or show it with ![alt](...))");
                }
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            // the build has read this folder already; an image we cannot list is not worth a lint
        }
    }

    private static void unreferencedCaptions(ParsedBook book, Diagnostics diags) {
        Set<String> targets = new HashSet<>();
        for (CrossRef r : book.crossRefs().values()) {
            if (r.anchorId() != null) {
                targets.add(r.pageId() + "#" + r.anchorId());
            }
        }
        for (ParsedPage page : book.pages().values()) {
            for (Caption c : page.captions()) {
                if (c.authorId() == null || c.kind() == Caption.Kind.EQUATION || targets.contains(page.id() + "#" + c.anchorId())) {
                    continue;
                }
                SourceText text = page.source().text();
                String what = c.kind() == Caption.Kind.TABLE ? "table" : "figure";
                diags.warning("unreferenced-caption", position(text, c.authorId()), "the " + what + " `" + c.authorId()
                        + "` is never referred to: refer to it with [](#" + c.authorId() + "), or drop its id");
            }
        }
    }

    /** Where the author wrote the id ({@code {#fig-x}} or {@code id="fig-x"}); the body's first line if not found. */
    private static dev.bookbuilder.config.Position position(SourceText text, String id) {
        for (String form : List.of("#" + id + "}", "#" + id + " ", "\"" + id + "\"", id)) {
            int i = text.body().indexOf(form);
            if (i >= 0) {
                return text.at(i + (form.startsWith("#") ? -1 : 0) + (form.startsWith("\"") ? 1 : 0));
            }
        }
        return new dev.bookbuilder.config.Position(text.file(), text.bodyLine(), 1);
    }
}
