package dev.bookbuilder.config;

import dev.bookbuilder.diag.Diagnostics;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** Reads and checks chapters/book.yml. Every problem becomes a diagnostic; nothing throws. */
public final class BookConfigLoader {
    public static final String FILE_NAME = "book.yml";
    private static final Set<String> BOOK_KEYS = new LinkedHashSet<>(List.of(
            "id", "title", "subtitle", "language", "authors", "version", "publisher", "description",
            "front", "back", "clusters", "editions", "pdf", "figures", "cover", "repository", "kind", "toc-depth", "numbering", "math",
            "images"));
    private static final Set<String> EDITION_KEYS = Set.of("id", "title", "stages", "cover");
    private static final Set<String> STAGE_KEYS = Set.of("label", "clusters");
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]*");

    private final Diagnostics diags;

    public BookConfigLoader(Diagnostics diags) {
        this.diags = diags;
    }

    /** Loads {@code root/book.yml}; empty when it is missing or unreadable (already reported). */
    public Optional<BookConfig> load(Path root) {
        Path file = root.resolve(FILE_NAME);
        if (!Files.isRegularFile(file)) {
            diags.error("missing-file", file, 1, 1, "no " + FILE_NAME + " in " + root + ": is --source the book's chapters/ folder?");
            return Optional.empty();
        }
        return SourceFiles.read(root, file, diags)
                .flatMap(text -> YamlDocument.parseMapping(text, file, 1, diags))
                .map(yaml -> read(root, yaml));
    }

    private BookConfig read(Path root, YamlMap y) {
        y.warnUnknownKeys(BOOK_KEYS, "book.yml");
        String id = y.string("id", true).orElse("book");
        if (y.has("id") && !ID.matcher(id).matches()) {
            Position p = y.position("id");
            diags.error("bad-id", p, "book id `" + id + "` must be lower-case letters, digits and hyphens");
        }
        String title = y.string("title", true).orElse("");
        List<Positioned<String>> front = existingFiles(root, y.stringList("front", false));
        List<Positioned<String>> back = existingFiles(root, y.stringList("back", false));
        List<Positioned<String>> clusters = new ArrayList<>(y.stringList("clusters", true));
        Set<String> known = new HashSet<>();
        List<Positioned<String>> outside = new ArrayList<>();
        for (Positioned<String> c : clusters) {
            Position p = c.position();
            if (!known.add(c.value())) {
                diags.error("duplicate-id", p, "cluster `" + c.value() + "` is listed twice");
            } else if (!SourceFiles.inside(root, root.resolve(c.value())) || !root.resolve(c.value()).normalize().startsWith(root.normalize())) {
                diags.error("outside-source", p, "cluster `" + c.value() + "` lies outside the book's folder: "
                        + "the builder reads only files inside it");
                outside.add(c);
            } else if (!Files.isDirectory(root.resolve(c.value()))) {
                diags.error("missing-file", p, "cluster folder `" + c.value() + "/` does not exist in " + root.getFileName());
            }
        }
        clusters.removeAll(outside); // reported: nothing is read from them
        String language = language(root, y); // read once: without book.yml's word it is guessed from the pages
        List<EditionConfig> editions = editions(root, y, clusters, known, language);
        BookConfig.Kind kind = kind(y);
        PdfConfig pdf = pdf(y.map("pdf"));
        return new BookConfig(id, title,
                y.string("subtitle", false).orElse(""),
                language,
                y.stringList("authors", false).stream().map(Positioned::value).toList(),
                y.string("version", false).orElse(""),
                y.string("publisher", false).orElse(""),
                y.string("description", false).orElse(""),
                front, back, clusters, editions, pdf, figures(y.map("figures")), cover(root, y),
                repository(y), kind, tocDepth(y, kind), y.bool("numbering").orElse(true), mathMacros(root, y.map("math")));
    }

    /** book.yml's {@code language}, else the one the pages are written in (a Chinese, Japanese, Korean or English script). */
    private static String language(Path root, YamlMap y) {
        return y.string("language", false).orElseGet(() -> dev.bookbuilder.i18n.ScriptGuess.of(root));
    }

    private BookConfig.Kind kind(YamlMap y) {
        String kind = y.string("kind", false).orElse("book");
        if (!kind.equals("book") && !kind.equals("questions")) {
            Position p = y.position("kind");
            diags.error("bad-value", p, "kind `" + kind + "` is neither `book` nor `questions`");
        }
        return kind.equals("questions") ? BookConfig.Kind.QUESTIONS : BookConfig.Kind.BOOK;
    }

    /** How many heading levels inside a page the contents lists: ## and ### in a book, none in a question book. */
    private int tocDepth(YamlMap y, BookConfig.Kind kind) {
        String depth = y.string("toc-depth", false).orElse(kind == BookConfig.Kind.QUESTIONS ? "0" : "2");
        if (!depth.matches("[0-5]")) {
            Position p = y.position("toc-depth");
            diags.error("bad-value", p, "toc-depth `" + depth + "` is not a number from 0 to 5");
            return 0;
        }
        return Integer.parseInt(depth);
    }

    /** {@code repository: URL}, or a mapping of {@code url}, {@code branch} and {@code path}. */
    private Optional<RepositoryConfig> repository(YamlMap y) {
        if (!y.has("repository")) {
            return Optional.empty();
        }
        YamlMap r = y.isMapping("repository") ? y.map("repository") : null;
        if (r != null) {
            r.warnUnknownKeys(Set.of("url", "branch", "path"), "repository");
        }
        Optional<String> url = r != null ? r.string("url", true) : y.string("repository", true);
        if (url.isEmpty()) {
            return Optional.empty();
        }
        String u = url.get().replaceAll("/+$", "").replaceAll("\\.git$", "");
        if (!u.matches("https?://[^/\\s]+/\\S+")) {
            Position p = r != null ? r.position("url") : y.position("repository");
            diags.error("bad-value", p, "repository `" + url.get()
                    + "` is not a web address like https://github.com/owner/name");
            return Optional.empty();
        }
        String branch = r != null ? r.string("branch", false).orElse(RepositoryConfig.DEFAULT_BRANCH) : RepositoryConfig.DEFAULT_BRANCH;
        String path = r != null ? r.string("path", false).orElse("").replaceAll("^/+|/+$", "") : "";
        return Optional.of(new RepositoryConfig(u, branch, path));
    }

    private FiguresConfig figures(YamlMap f) {
        f.warnUnknownKeys(Set.of("font", "skin"), "figures");
        return new FiguresConfig(f.string("font", false).orElse(""), f.string("skin", false).orElse(""));
    }

    /** A cover image: a PNG or JPEG file below the source folder, or empty for a drawn one. */
    private String cover(Path root, YamlMap y) {
        String value = y.string("cover", false).orElse("");
        if (value.isEmpty()) {
            return "";
        }
        Position pos = y.position("cover");
        existingFiles(root, List.of(new Positioned<>(value, pos)));
        if (!value.toLowerCase(java.util.Locale.ROOT).matches(".*\\.(png|jpe?g)")) {
            diags.error("bad-value", pos, "cover `" + value + "` must be a PNG or JPEG image");
        }
        return value;
    }

    /** {@code math: {macros: FILE}}: LaTeX macros for every formula of the book, in a file below the source folder. */
    private String mathMacros(Path root, YamlMap m) {
        m.warnUnknownKeys(Set.of("macros"), "math");
        String value = m.string("macros", false).orElse("");
        if (!value.isEmpty()) {
            existingFiles(root, List.of(new Positioned<>(value, m.position("macros"))));
        }
        return value;
    }

    private PdfConfig pdf(YamlMap p) {
        p.warnUnknownKeys(Set.of("page", "duplex", "fonts"), "pdf");
        String page = p.string("page", false).orElse(PdfConfig.DEFAULT.page());
        if (!PageSize.isValid(page)) {
            Position pos = p.position("page");
            diags.error("bad-value", pos, "page size `" + page
                    + "` is neither a preset (" + String.join(", ", PageSize.PRESETS.keySet()) + ") nor `WIDTH HEIGHT` in mm, cm or in"
                    + " between 90 mm × 120 mm and 1 m, e.g. \"185mm 260mm\"");
        }
        YamlMap f = p.map("fonts");
        f.warnUnknownKeys(Set.of("serif", "sans", "mono"), "pdf.fonts");
        Map<String, List<Positioned<String>>> fonts = new java.util.LinkedHashMap<>();
        for (String role : List.of("serif", "sans", "mono")) {
            fonts.put(role, List.copyOf(f.stringList(role, false)));
        }
        return new PdfConfig(page, p.bool("duplex").orElse(PdfConfig.DEFAULT.duplex()), Map.copyOf(fonts));
    }

    private List<EditionConfig> editions(Path root, YamlMap y, List<Positioned<String>> clusters, Set<String> known, String language) {
        if (!y.has("editions")) {
            // A book without editions is one complete edition of all its clusters.
            return List.of(new EditionConfig("complete", dev.bookbuilder.i18n.Labels.of(language).get("edition.complete"),
                    List.of(new EditionConfig.Stage(null, clusters)), ""));
        }
        List<EditionConfig> out = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (YamlMap e : y.mapList("editions", true)) {
            e.warnUnknownKeys(EDITION_KEYS, "an edition");
            String id = e.string("id", true).orElse("");
            Position idPos = e.position("id");
            if (!id.isEmpty() && !ID.matcher(id).matches()) {
                diags.error("bad-id", idPos, "edition id `" + id + "` must be lower-case letters, digits and hyphens");
            }
            if (!id.isEmpty() && !ids.add(id)) {
                diags.error("duplicate-id", idPos, "edition id `" + id + "` is used twice");
            }
            String title = e.string("title", true).orElse(id);
            List<EditionConfig.Stage> stages = new ArrayList<>();
            Set<String> inEdition = new HashSet<>();
            for (YamlMap s : e.mapList("stages", true)) {
                s.warnUnknownKeys(STAGE_KEYS, "a stage");
                List<Positioned<String>> cs = s.stringList("clusters", true);
                for (Positioned<String> c : cs) {
                    Position p = c.position();
                    if (!known.contains(c.value())) {
                        diags.error("unknown-cluster", p, "edition `" + id + "` names cluster `" + c.value()
                                + "`, which is not in `clusters:` (" + String.join(", ", clusters.stream().map(Positioned::value).toList()) + ")"
                                + dev.bookbuilder.diag.DidYouMean.suffix(c.value(), known));
                    } else if (!inEdition.add(c.value())) {
                        diags.error("duplicate-id", p, "edition `" + id + "` reads cluster `" + c.value() + "` twice");
                    }
                }
                stages.add(new EditionConfig.Stage(s.string("label", false).orElse(null), cs));
            }
            out.add(new EditionConfig(id, title, List.copyOf(stages), cover(root, e)));
        }
        return List.copyOf(out);
    }

    private List<Positioned<String>> existingFiles(Path root, List<Positioned<String>> files) {
        for (Positioned<String> f : files) {
            Path p = root.resolve(f.value()).normalize();
            if (!p.startsWith(root.normalize())) {
                diags.error("outside-source", f.position(), "`" + f.value() + "` lies outside the book's folder: the builder reads only files inside it");
            } else if (!Files.isRegularFile(p)) {
                diags.error("missing-file", f.position(), "`" + f.value() + "` does not exist in " + root.getFileName());
            }
        }
        return files;
    }
}
