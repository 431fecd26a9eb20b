package dev.bookbuilder.importer;

import dev.bookbuilder.edition.TitleNumbers;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Turns an existing book into a source folder: an mdBook ({@code book.toml}, {@code SUMMARY.md}), a
 * GitBook or Honkit ({@code SUMMARY.md}), a docsify site ({@code _sidebar.md}) or a plain folder of
 * numbered Markdown files. Chapters become clusters, their files pages; other files are copied to the
 * same places and links follow the pages they point at. The prose is never edited.
 */
public final class BookImporter {

    /** What was imported, and what could not be carried over as it was. */
    public record Report(String style, int chapters, int pages, List<String> notes) {
    }

    /**
     * Imports {@code from} into {@code to}, which must not exist or be empty. Pages that cannot be read (not
     * UTF-8) stop the import before anything is written ({@link dev.bookbuilder.diag.BuildFailedException}, with
     * their positions); a failure while writing removes what was written.
     */
    public Report importBook(Path from, Path to) throws IOException {
        boolean existed = Files.isDirectory(to);
        if (existed) {
            try (Stream<Path> s = Files.list(to)) {
                if (s.findAny().isPresent()) {
                    throw new IOException(to + " is not empty: import into a new folder");
                }
            }
        }
        try {
            return importInto(from, to);
        } catch (IOException | RuntimeException e) {
            ImportOutput.removeWritten(to, existed);
            throw e;
        }
    }

    private Report importInto(Path from, Path to) throws IOException {
        ImportNotes notes = new ImportNotes();
        Path root = from;
        String style;
        Outline outline;
        String title = "";
        java.util.Optional<MdBookToml> toml = MdBookToml.read(from);
        if (toml.isPresent()) {
            root = from.resolve(toml.get().src());
            if (!dev.bookbuilder.config.SourceFiles.inside(from, root)) {
                throw new IOException("book.toml: src = \"" + toml.get().src() + "\" leads outside the book's folder: the import reads only files inside it");
            }
            title = toml.get().title();
            style = "mdBook";
            outline = summary(root, "SUMMARY.md", notes);
        } else if (Files.isRegularFile(from.resolve("_sidebar.md")) || Files.isRegularFile(from.resolve("docs/_sidebar.md"))) {
            root = Files.isRegularFile(from.resolve("_sidebar.md")) ? from : from.resolve("docs");
            style = "docsify";
            title = DocsifyIndex.title(root).orElse("");
            outline = summary(root, "_sidebar.md", notes);
            if (Files.isRegularFile(root.resolve("README.md")) && outline.chapters().stream().noneMatch(c -> "README.md".equals(c.head().file()))
                    && outline.front().stream().noneMatch(e -> "README.md".equals(e.file()))) {
                // docsify's home page, under the site's name when it has no heading of its own (docsify shows the name above it)
                List<Outline.Entry> front = new ArrayList<>(List.of(new Outline.Entry(title, "README.md")));
                front.addAll(outline.front());
                outline = new Outline(front, outline.chapters(), outline.back());
            }
        } else if (Files.isRegularFile(from.resolve("SUMMARY.md"))) {
            style = "GitBook";
            outline = summary(from, "SUMMARY.md", notes);
        } else {
            style = "folder";
            outline = FolderReader.read(from);
            String readme = outline.chapters().isEmpty() ? FolderReader.opener(from) : null;
            java.util.Optional<Outline> listed = readme == null ? java.util.Optional.empty() : ReadmeContents.read(from, readme, notes);
            if (listed.isPresent()) {
                style = "README";
                outline = listed.get();
            }
        }
        outline = leadingPagesAsFrontMatter(outline);
        if (outline.chapters().isEmpty()) {
            // A book needs a chapter: a book.yml without clusters would only fail at the first build.
            throw new IOException(from + ": no chapters to import: " + (style.equals("folder")
                    ? "no SUMMARY.md, _sidebar.md or book.toml, no numbered files or folders (`01-intro.md`, `02-basics/`), and no list of links to pages in a README; "
                            + "list the pages in a SUMMARY.md (`- [Title](file.md)` a line, pages indented below their chapter) and import again"
                    : "its contents list no page"));
        }
        if (title.isEmpty()) {
            // GitBook lists its README as the first chapter ("Introduction"): its heading is the book's title, as GitBook takes it.
            Path pages = root;
            String readme = FolderReader.opener(pages);
            title = BookYml.firstHeading(pages, outline.front())
                    .or(() -> readme == null ? java.util.Optional.empty() : BookYml.heading(pages, readme))
                    .orElse(from.toAbsolutePath().normalize().getFileName().toString());
        }
        return write(from, root, to, outline, title, style, notes);
    }

    /**
     * Single pages before the first numbered chapter ("前言", "学习指南" before "第一章 …") are front matter,
     * not chapters 1 and 2 that would push "第一章" to third place.
     */
    private static Outline leadingPagesAsFrontMatter(Outline o) {
        int first = 0;
        while (first < o.chapters().size() && !TitleNumbers.carriesNumber(o.chapters().get(first).head().title())) {
            first++;
        }
        List<Outline.Chapter> leading = o.chapters().subList(0, Math.min(first, o.chapters().size()));
        if (first == 0 || first == o.chapters().size()
                || leading.stream().anyMatch(c -> !c.pages().isEmpty() || c.head().file() == null)) {
            return o;
        }
        List<Outline.Entry> front = new ArrayList<>(o.front());
        leading.forEach(c -> front.add(c.head()));
        return new Outline(front, o.chapters().subList(first, o.chapters().size()), o.back());
    }

    private static Outline summary(Path root, String name, ImportNotes notes) throws IOException {
        return SummaryReader.read(readOrFail(root, root.resolve(name)), "", name, notes);
    }

    /** A file the import cannot go on without (the contents), read as a source file: inside the book, UTF-8, or a diagnostic. */
    private static String readOrFail(Path root, Path file) {
        dev.bookbuilder.diag.Diagnostics diags = new dev.bookbuilder.diag.Diagnostics();
        String text = dev.bookbuilder.config.SourceFiles.read(root, file, diags).orElse("");
        diags.throwIfErrors();
        return text;
    }

    private Report write(Path from, Path root, Path to, Outline outline, String title, String style, ImportNotes notes)
            throws IOException {
        String name = bookName(from.toAbsolutePath().normalize());
        Map<String, String> moved = new LinkedHashMap<>();
        Map<String, String> generated = new LinkedHashMap<>();
        Set<String> ids = new HashSet<>();
        List<String> front = place(root, outline.front(), "front", ids, moved, notes);
        List<String> back = place(root, outline.back(), "back", ids, moved, notes);
        List<String> clusters = new ArrayList<>();
        int pages = 0;
        for (Outline.Chapter c : outline.chapters()) {
            Outline.Entry head = c.head();
            // A chapter without a file (docsify's "- Getting started" over its pages) is named by its title when it has Latin letters.
            String base = head.file() != null ? Ids.source(head.file())
                    : Ids.slug(head.title()).matches(".*[a-z].*") ? head.title() : "chapter-" + (clusters.size() + 1);
            String folder = String.format(Locale.ROOT, "%02d-%s", clusters.size() + 1, Ids.unique(base, ids));
            clusters.add(folder);
            if (head.file() != null && present(root, head.file(), notes) && !moved.containsKey(head.file())) {
                moved.put(head.file(), folder + "/cluster.md");
            } else {
                generated.put(folder + "/cluster.md", "# " + head.title() + "\n");
            }
            int n = 0;
            for (Outline.Entry p : c.pages()) {
                if (present(root, p.file(), notes) && !moved.containsKey(p.file())) {
                    moved.put(p.file(), String.format(Locale.ROOT, "%s/%02d-%s.md", folder, ++n, Ids.unique(Ids.source(p.file()), ids)));
                    pages++;
                }
            }
        }
        // Read before anything is written: a page that is not UTF-8 stops the import with its position.
        Map<String, String> texts = PageTexts.read(from, root, style, moved.keySet(), notes);
        Files.createDirectories(to);
        Map<String, String> renamed = OtherFiles.copy(root, to, moved.keySet(), notes);
        String rootInRepository = OtherFiles.repositoryPath(from, root);
        Map<String, String> targets = new LinkedHashMap<>(renamed);
        targets.putAll(moved);
        LinkRewriter links = new LinkRewriter(targets, old -> Files.exists(root.resolve(old)) && !moved.containsKey(old), rootInRepository,
                new HeadingAnchors(texts));
        for (Map.Entry<String, String> m : moved.entrySet()) {
            String text = texts.get(m.getKey());
            String body = links.rewrite(text, m.getKey(), m.getValue(), notes);
            if (!body.startsWith("---") && dev.bookbuilder.source.TitleHeading.find(body) == null) {
                // As the build finds a page's title: a `# comment` in a shell block is no heading.
                String t = titleOf(m.getKey(), outline);
                body = "---\ntitle: " + BookYml.yaml(t) + "\n---\n\n" + body; // the contents' title, for a page without a heading
            }
            write(to.resolve(m.getValue()), body);
        }
        for (Map.Entry<String, String> g : generated.entrySet()) {
            write(to.resolve(g.getKey()), g.getValue());
        }
        String yml = BookYml.text(title, name, language(from, to), front, clusters, back);
        // The book's own images were addressed on GitHub, or it is a clone of a repository there: its files can be linked there.
        String[] repository = links.repository() != null ? links.repository() : GitRemote.of(OtherFiles.repositoryRoot(from)).orElse(null);
        if (repository != null) {
            yml += "repository:\n  url: " + repository[0] + "\n  branch: " + BookYml.yaml(repository[1])
                    + (rootInRepository.isEmpty() ? "" : "\n  path: " + BookYml.yaml(rootInRepository)) + "\n";
        }
        java.util.Optional<MdBookToml> toml = MdBookToml.read(from);
        String macros = toml.isPresent() ? toml.get().carryMacros(from, root, to, notes) : "";
        if (!macros.isEmpty()) {
            yml += "math:\n  macros: " + BookYml.yaml(macros) + "\n";
        }
        write(to.resolve("book.yml"), yml);
        return new Report(style, clusters.size(), pages, notes.all());
    }

    /** Folder names that say where a book lives in its repository, not which book it is. */
    private static final Set<String> GENERIC_FOLDERS = Set.of("book", "books", "doc", "docs", "documentation", "guide", "manual", "site",
            "src", "website");

    /** The name the book's id comes from: its folder's, or its repository's when the folder is {@code book/} or {@code docs/}. */
    private static String bookName(Path from) {
        String name = from.getFileName() == null ? "book" : from.getFileName().toString();
        Path parent = from.getParent();
        return GENERIC_FOLDERS.contains(name.toLowerCase(Locale.ROOT)) && parent != null && parent.getFileName() != null
                ? parent.getFileName().toString() : name;
    }

    /**
     * The book's language: book.toml's {@code language}, else what its pages are written in (Han, kana or
     * Hangul against Latin letters, code blocks left out), so that an English book gets English words and rules.
     */
    static String language(Path from, Path to) throws IOException {
        String given = MdBookToml.read(from).map(MdBookToml::language).orElse("");
        return given.isEmpty() ? dev.bookbuilder.i18n.ScriptGuess.of(to) : given;
    }

    private List<String> place(Path root, List<Outline.Entry> entries, String dir, Set<String> ids, Map<String, String> moved,
            ImportNotes notes) {
        List<String> out = new ArrayList<>();
        for (Outline.Entry e : entries) {
            if (present(root, e.file(), notes) && !moved.containsKey(e.file())) {
                String path = String.format(Locale.ROOT, "%s/%02d-%s.md", dir, out.size() + 1, Ids.unique(Ids.source(e.file()), ids));
                moved.put(e.file(), path);
                out.add(path);
            }
        }
        return out;
    }

    private static boolean present(Path root, String file, ImportNotes notes) {
        if (file == null) {
            return false;
        }
        if (!dev.bookbuilder.config.SourceFiles.inside(root, root.resolve(file))) {
            notes.add(file, "listed in the contents, but leads outside the book's folder (a link or `..`): left out, not read");
            return false;
        }
        if (!Files.isRegularFile(root.resolve(file))) {
            notes.add(file, "listed in the contents but missing: left out");
            return false;
        }
        return true;
    }

    private static String titleOf(String file, Outline outline) {
        List<Outline.Entry> all = new ArrayList<>(outline.front());
        outline.chapters().forEach(c -> {
            all.add(c.head());
            all.addAll(c.pages());
        });
        all.addAll(outline.back());
        return all.stream().filter(e -> file.equals(e.file()) && !e.title().isEmpty()).map(Outline.Entry::title).findFirst()
                .orElse(Ids.source(file));
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
