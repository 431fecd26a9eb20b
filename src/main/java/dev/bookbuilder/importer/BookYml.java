package dev.bookbuilder.importer;

import dev.bookbuilder.config.SourceFiles;
import dev.bookbuilder.diag.Diagnostics;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The imported book's {@code book.yml}, and the title it takes from the book's first page when the source names none. */
final class BookYml {
    /** A README's title set in HTML ({@code <div align="center"><img …><h1>Happy-LLM</h1></div>}). */
    private static final Pattern HTML_H1 = Pattern.compile("(?is)<h1\\b[^>]*>(.*?)</h1>");

    private BookYml() {
    }

    /** The book's title: the first front page's {@code #} heading, or its HTML {@code <h1>} (a README's centred banner). */
    static Optional<String> firstHeading(Path root, List<Outline.Entry> front) {
        for (Outline.Entry e : front) {
            Optional<String> h = e.file() == null ? Optional.empty() : heading(root, e.file());
            if (h.isPresent()) {
                return h;
            }
        }
        return Optional.empty();
    }

    /** The {@code #} heading, else the HTML {@code <h1>}, of {@code file} below {@code root}; empty when it has none or cannot be read. */
    static Optional<String> heading(Path root, String file) {
        if (!Files.isRegularFile(root.resolve(file))) {
            return Optional.empty();
        }
        // A page that cannot be read is reported where the pages are read; here it only gives no title.
        String text = SourceFiles.read(root, root.resolve(file), new Diagnostics()).orElse("");
        dev.bookbuilder.source.TitleHeading h = dev.bookbuilder.source.TitleHeading.find(text);
        if (h != null) {
            return Optional.of(h.title());
        }
        Matcher html = HTML_H1.matcher(text);
        String t = html.find() ? html.group(1).replaceAll("<[^>]*>", "").replaceAll("\\s+", " ").strip() : "";
        return t.isEmpty() ? Optional.empty() : Optional.of(t);
    }

    static String text(String title, String name, String language, List<String> front, List<String> clusters,
            List<String> back) {
        String id = Ids.unique(name, new java.util.HashSet<>());
        StringBuilder y = new StringBuilder("# Written by `book import`; see docs/format.md.\n");
        y.append("id: ").append(id.startsWith("page") ? "book" : id).append('\n');
        y.append("title: ").append(yaml(title)).append('\n');
        y.append("language: ").append(language).append('\n');
        if (!front.isEmpty()) {
            y.append("front: [").append(String.join(", ", front)).append("]\n");
        }
        y.append("clusters:\n");
        clusters.forEach(c -> y.append("  - ").append(c).append('\n'));
        if (!back.isEmpty()) {
            y.append("back: [").append(String.join(", ", back)).append("]\n");
        }
        return y.toString();
    }

    static String yaml(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
