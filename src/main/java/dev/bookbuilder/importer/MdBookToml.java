package dev.bookbuilder.importer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the import takes from an mdBook's book.toml: the source folder, the title, the language and
 * mdbook-katex's macros file. Read by patterns, not a TOML parser: these four keys are all it needs.
 *
 * @param src          the pages' folder below the book's ({@code src} when not given)
 * @param title        the book's title, or empty
 * @param language     a BCP 47 tag, or empty when absent or malformed
 * @param katexMacros  the macros file's path below the book's folder, or empty
 */
record MdBookToml(String src, String title, String language, String katexMacros) {
    private static final Pattern SRC = Pattern.compile("(?m)^\\s*src\\s*=\\s*\"([^\"]*)\"");
    private static final Pattern TITLE = Pattern.compile("(?m)^\\s*title\\s*=\\s*\"([^\"]*)\"");
    private static final Pattern LANGUAGE = Pattern.compile("(?m)^\\s*language\\s*=\\s*\"([A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*)\"");
    /** {@code macros = "…"} in the {@code [preprocessor.katex]} table (before the next table). */
    private static final Pattern KATEX_MACROS = Pattern.compile(
            "(?m)^\\s*\\[preprocessor\\.katex\\]\\s*$(?:\\n(?!\\s*\\[).*)*?\\n\\s*macros\\s*=\\s*\"([^\"]+)\"");

    /** The book.toml in {@code from}, or empty when the folder is not an mdBook. */
    static Optional<MdBookToml> read(Path from) throws IOException {
        Path file = from.resolve("book.toml");
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        dev.bookbuilder.diag.Diagnostics diags = new dev.bookbuilder.diag.Diagnostics();
        String toml = dev.bookbuilder.config.SourceFiles.read(from, file, diags).orElse(""); // inside the book, UTF-8
        diags.throwIfErrors();
        return Optional.of(new MdBookToml(first(SRC, toml, "src"), first(TITLE, toml, ""), first(LANGUAGE, toml, ""),
                first(KATEX_MACROS, toml, "")));
    }

    private static String first(Pattern p, String toml, String otherwise) {
        Matcher m = p.matcher(toml);
        return m.find() ? m.group(1) : otherwise;
    }

    /**
     * The macros file's path in the new source folder {@code to}: below the pages' folder {@code root} it is
     * copied with the other files; elsewhere in the book's folder it is copied beside book.yml; empty when none.
     */
    String carryMacros(Path from, Path root, Path to, ImportNotes notes) throws IOException {
        if (katexMacros.isEmpty()) {
            return "";
        }
        Path book = from.toAbsolutePath().normalize();
        Path file = book.resolve(katexMacros).normalize();
        if (!file.startsWith(book) || !dev.bookbuilder.config.SourceFiles.inside(book, file) || !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            notes.add("book.toml", "the KaTeX macros file `" + katexMacros + "` is not in the book's folder: not imported");
            return "";
        }
        Path pages = root.toAbsolutePath().normalize();
        if (file.startsWith(pages)) {
            return pages.relativize(file).toString().replace('\\', '/');
        }
        String name = file.getFileName().toString();
        if (!Files.exists(to.resolve(name))) {
            Files.copy(file, to.resolve(name));
        }
        return name;
    }
}
