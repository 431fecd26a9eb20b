package dev.bookbuilder.source;

import dev.bookbuilder.config.BibtexLoader;
import dev.bookbuilder.config.Bibliography;
import dev.bookbuilder.config.BookConfig;
import dev.bookbuilder.config.Glossary;
import dev.bookbuilder.config.GlossaryLoader;
import dev.bookbuilder.config.MathMacrosFile;
import dev.bookbuilder.config.Position;
import dev.bookbuilder.config.Positioned;
import dev.bookbuilder.config.SourceFiles;
import dev.bookbuilder.config.XmlChars;
import dev.bookbuilder.config.YamlDocument;
import dev.bookbuilder.config.YamlMap;
import dev.bookbuilder.diag.Diagnostics;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads the chapters/ tree that book.yml describes: front and back matter, each cluster's
 * cluster.md and its numbered question files. Checks front matter fields and id uniqueness.
 */
public final class SourceLoader {
    public static final String CLUSTER_FILE = "cluster.md";
    private static final Pattern NUMBERED = Pattern.compile("(\\d+)-(.+)\\.md");
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]*");
    private static final Set<String> QUESTION_KEYS = Set.of("title", "short", "points", "id", "index");
    private static final Set<String> CLUSTER_KEYS = Set.of("title", "short", "theme", "audience", "id");
    private static final Set<String> MATTER_KEYS = Set.of("title", "short", "id");

    /**
     * Ids the package gives its own files and manifest items: generated pages (edition.EditionAssembler),
     * the stylesheet and NCX, images and figures (epub.EpubModel). ReservedIdsTest keeps this in step.
     */
    public static final Set<String> RESERVED_IDS = Set.of("titlepage", "colophon", "nav", "study-plan", "book-index",
            "book-references", "css", "ncx");
    /** Images and figures (epub.EpubModel), and the EPUB's printed-page markers, page-12 or page-iv (epub.PageBreaks). */
    public static final Pattern RESERVED_ID_PATTERN = Pattern.compile("(img|figure)[0-9]+|page-([0-9]+|[ivxlcdm]+)");

    private final Diagnostics diags;
    private final Map<String, Path> idOwners = new HashMap<>();
    /** The book's title, which a page's first heading may repeat as a running head (TitleHeading). */
    private String bookTitle;

    public SourceLoader(Diagnostics diags) {
        this.diags = diags;
    }

    public BookSources load(Path root, BookConfig config) {
        bookTitle = config.title();
        List<Matter> front = matter(root, config.front());
        List<Cluster> clusters = new ArrayList<>();
        for (Positioned<String> folder : config.clusters()) {
            Path dir = root.resolve(folder.value());
            if (Files.isDirectory(dir)) {
                cluster(root, folder.value(), dir, config.kind() == BookConfig.Kind.QUESTIONS).ifPresent(clusters::add);
            }
        }
        List<Matter> back = matter(root, config.back());
        Glossary glossary = new GlossaryLoader(diags).load(root);
        Bibliography bibliography = new BibtexLoader(diags).load(root);
        StyleChecks.check(root, diags);
        dev.bookbuilder.assets.ImageSettings.load(root, diags);
        // A path that leaves the folder was reported at book.yml's line (missing-file): nothing is read.
        MathMacrosFile macros = config.mathMacros().isEmpty() || !root.resolve(config.mathMacros()).normalize().startsWith(root.normalize())
                ? MathMacrosFile.NONE
                : SourceFiles.read(root, root.resolve(config.mathMacros()), diags)
                        .map(text -> new MathMacrosFile(root.resolve(config.mathMacros()), text)).orElse(MathMacrosFile.NONE);
        return new BookSources(root, config, glossary, bibliography, List.copyOf(front), List.copyOf(clusters), List.copyOf(back), macros);
    }

    private List<Matter> matter(Path root, List<Positioned<String>> files) {
        List<Matter> out = new ArrayList<>();
        for (Positioned<String> f : files) {
            Path file = root.resolve(f.value()).normalize();
            if (!Files.isRegularFile(file)) {
                continue; // reported by the config loader
            }
            read(root, file).ifPresent(doc -> {
                YamlMap y = doc.fields();
                y.warnUnknownKeys(MATTER_KEYS, "a front or back matter page");
                String title = title(doc).orElse("");
                String id = id(y, file, stripNumber(file.getFileName().toString()));
                out.add(new Matter(id, title, text(y, "short").orElse(title), doc.text()));
            });
        }
        return out;
    }

    private Optional<Cluster> cluster(Path root, String folder, Path dir, boolean questionBook) {
        Path opener = dir.resolve(CLUSTER_FILE);
        if (!Files.isRegularFile(opener)) {
            diags.error("missing-file", dir, 1, 1, "cluster folder `" + folder + "/` has no " + CLUSTER_FILE
                    + " (its opening page: title, theme, audience, introduction)");
            return Optional.empty();
        }
        Optional<ReadFile> doc = read(root, opener);
        if (doc.isEmpty()) {
            return Optional.empty();
        }
        YamlMap y = doc.get().fields();
        y.warnUnknownKeys(CLUSTER_KEYS, "cluster.md");
        String title = title(doc.get()).orElse(folder);
        String id = id(y, opener, stripNumber(folder + ".md"));
        List<Question> questions = new ArrayList<>();
        for (Path file : questionFiles(dir)) {
            question(root, file, questionBook).ifPresent(questions::add);
        }
        return Optional.of(new Cluster(id, folder, title, text(y, "short").orElse(title),
                text(y, "theme").orElse(""), text(y, "audience").orElse(""),
                doc.get().text(), List.copyOf(questions)));
    }

    private List<Path> questionFiles(Path dir) {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> s = Files.list(dir)) {
            s.filter(Files::isRegularFile).sorted().forEach(p -> {
                String name = p.getFileName().toString();
                if (!name.endsWith(".md") || name.equals(CLUSTER_FILE)) {
                    return;
                }
                if (NUMBERED.matcher(name).matches()) {
                    files.add(p);
                } else {
                    diags.warning("unnumbered-file", p, 1, 1, "`" + name + "` is not part of the book: question files are named `NN-name.md`");
                }
            });
        } catch (IOException e) {
            diags.error("unreadable", dir, 1, 1, "cannot list the folder: " + e.getMessage());
        }
        return files;
    }

    private Optional<Question> question(Path root, Path file, boolean questionBook) {
        return read(root, file).map(doc -> {
            YamlMap y = doc.fields();
            y.warnUnknownKeys(QUESTION_KEYS, questionBook ? "a question" : "a page");
            String title = title(doc).orElse("");
            List<String> points = y.stringList("points", questionBook).stream().map(this::text).toList();
            List<String> index = y.stringList("index", false).stream().map(this::text).toList();
            String id = id(y, file, stripNumber(file.getFileName().toString()));
            return new Question(id, title, text(y, "short").orElse(title), points, index, doc.text());
        });
    }

    /** A front matter text (an escape such as "\u0001" can put a control character in it), cleaned of what XML does not allow. */
    private Optional<String> text(YamlMap y, String key) {
        return y.string(key, false).map(v -> text(new Positioned<>(v, y.position(key))));
    }

    private String text(Positioned<String> v) {
        return XmlChars.clean(v.value(), v.position().file(), v.position().line(), v.position().column(), diags);
    }

    private Optional<String> title(ReadFile doc) {
        Optional<String> title = doc.title();
        return doc.fields().has("title") ? title.map(t -> text(new Positioned<>(t, doc.fields().position("title")))) : title;
    }

    /** The page id: front matter {@code id}, else the file name without number and extension. Unique across the book. */
    private String id(YamlMap y, Path file, String fallback) {
        String id = y.string("id", false).orElse(fallback);
        Position p = y.has("id") ? y.position("id") : new Position(file, 1, 1);
        if (!ID.matcher(id).matches()) {
            diags.error("bad-id", p.file(), p.line(), p.column(), "id `" + id + "` must be lower-case letters, digits and hyphens"
                    + (y.has("id") ? "" : " (it comes from the file name; set `id:` in the front matter)"));
        }
        if (RESERVED_IDS.contains(id) || RESERVED_ID_PATTERN.matcher(id).matches()) {
            diags.error("reserved-id", p.file(), p.line(), p.column(), "id `" + id + "` is the name of one of the book's own files (the "
                    + "EPUB's contents, title page, stylesheet, images, printed-page markers, …): give the page another `id:`"
                    + (y.has("id") ? "" : " (the id comes from the file name)"));
        }
        Path first = idOwners.putIfAbsent(id, file);
        if (first != null) {
            diags.error("duplicate-id", p.file(), p.line(), p.column(), "id `" + id + "` is already used by " + first.getFileName()
                    + " (" + first.getParent().getFileName() + "/); ids must be unique across the book");
        }
        return id;
    }

    private static String stripNumber(String fileName) {
        Matcher m = NUMBERED.matcher(fileName);
        if (m.matches()) {
            return m.group(2);
        }
        return fileName.endsWith(".md") ? fileName.substring(0, fileName.length() - 3) : fileName;
    }

    /** A file's front matter and body; {@code heading} is the title its first {@code #} heading gives, or null. */
    private record ReadFile(YamlMap fields, SourceText text, String heading) {
        /** The front matter's {@code title}, else the first heading's; reported missing when there is neither. */
        Optional<String> title() {
            return fields.has("title") || heading == null ? fields.string("title", true) : Optional.of(heading);
        }
    }

    private Optional<ReadFile> read(Path root, Path file) {
        Optional<String> read = SourceFiles.read(root, file, diags);
        if (read.isEmpty()) {
            return Optional.empty();
        }
        String raw = read.get();
        if (FrontMatter.unclosed(raw)) {
            diags.error("yaml-syntax", file, 1, 1, "the front matter opened by `---` on line 1 is never closed: end it with a `---` line");
            return Optional.empty();
        }
        FrontMatter fm = FrontMatter.split(raw);
        String rel = root.toAbsolutePath().normalize().relativize(file.toAbsolutePath().normalize()).toString().replace('\\', '/');
        TitleHeading heading = TitleHeading.find(fm.body(), bookTitle);
        // The heading that gives the page its title is the page's title: it is not repeated in the body.
        SourceText text = new SourceText(file, rel, heading == null ? fm.body() : heading.bodyWithout(), fm.bodyLine());
        String title = heading == null ? null : heading.title();
        if (fm.yaml() == null) {
            if (heading == null) {
                diags.error("missing-field", file, 1, 1, "no title: start the file with a `# heading`, or with a `---` block"
                        + " holding `title:`");
            }
            return Optional.of(new ReadFile(emptyFields(file), text, title));
        }
        return YamlDocument.parseMapping(fm.yaml(), file, fm.yamlLine(), diags).map(y -> y.has("title")
                ? new ReadFile(y, new SourceText(file, rel, fm.body(), fm.bodyLine()), null) : new ReadFile(y, text, title));
    }

    private YamlMap emptyFields(Path file) {
        // A stand-in that reports nothing further: the missing front matter is already reported.
        return YamlDocument.parseMapping("{}", file, 1, new Diagnostics()).orElseThrow();
    }
}
