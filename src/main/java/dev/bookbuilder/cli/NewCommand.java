package dev.bookbuilder.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code book new DIR}: a small book that builds at once (book.yml, one cluster of two questions that
 * use a figure, a table, a formula, code, an index term, a citation and cross-references; glossary.yml,
 * references.bib, and the default stylesheets in styles/ to edit). The files are resources under
 * {@code scaffold/<language>/}, listed in {@code scaffold/files.txt}.
 */
@Command(name = "new", mixinStandardHelpOptions = true,
        description = "Starts a new book in DIR (which must not exist or be empty): DIR/chapters/ and DIR/styles/.")
final class NewCommand implements Callable<Integer> {
    static final List<String> LANGUAGES = List.of("zh-CN", "en");

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "The new book's folder.")
    Path dir;

    @Option(names = "--title", paramLabel = "T", description = "The book's title (default: the folder's name).")
    String title;

    @Option(names = "--language", paramLabel = "LANG", description = "The book's language: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).",
            completionCandidates = Languages.class)
    String language = "zh-CN";

    @Option(names = "--author", paramLabel = "NAME", description = "The author (default: the user's name).")
    String author;

    static final class Languages implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return LANGUAGES.iterator();
        }
    }

    @Override
    public Integer call() throws IOException {
        Console console = Console.of(spec.commandLine(), false, false);
        String lang = LANGUAGES.stream().filter(l -> l.equalsIgnoreCase(language)).findFirst().orElse(null);
        if (lang == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--language " + language + " has no starter book"
                    + dev.bookbuilder.diag.DidYouMean.suffix(language, LANGUAGES) + " (languages: " + String.join(", ", LANGUAGES) + ")");
        }
        if (Files.exists(dir) && (!Files.isDirectory(dir) || !isEmpty(dir))) {
            console.error("error: " + dir + " already exists and is not an empty folder; `book new` never writes over files");
            return 1;
        }
        String name = dir.toAbsolutePath().normalize().getFileName() == null ? "book" : dir.toAbsolutePath().normalize().getFileName().toString();
        String id = slug(name);
        String bookTitle = title != null && !title.isBlank() ? title.strip() : name;
        String who = author != null && !author.isBlank() ? author.strip() : System.getProperty("user.name", "Author");
        for (String file : listing()) {
            if (!file.startsWith(lang + "/")) {
                continue;
            }
            String text = resource("/scaffold/" + file);
            if (file.endsWith("book.yml")) {
                text = text.replace("${id}", id).replace("${title}", yamlString(bookTitle)).replace("${author}", yamlString(who));
            }
            Path target = dir.resolve(file.substring(lang.length() + 1));
            Files.createDirectories(target.getParent());
            Files.writeString(target, text, StandardCharsets.UTF_8);
        }
        for (String css : List.of("epub.css", "print.css")) {
            // The builder's own stylesheets, to edit: the book keeps them as they are today.
            Files.createDirectories(dir.resolve("styles"));
            Files.writeString(dir.resolve("styles").resolve(css), resource("/default-styles/" + css), StandardCharsets.UTF_8);
        }
        console.out.println("created " + dir + ": chapters/ (book.yml, one cluster of two questions, glossary.yml, references.bib) and styles/");
        String src = " --source " + dir.resolve("chapters");
        console.out.println("next: ./book check" + src + "    then: ./book build" + src + " --out " + dir.resolve("out"));
        return 0;
    }

    private static boolean isEmpty(Path d) throws IOException {
        try (Stream<Path> s = Files.list(d)) {
            return s.findAny().isEmpty();
        }
    }

    static List<String> listing() throws IOException {
        return resource("/scaffold/files.txt").lines().filter(l -> !l.isBlank()).toList();
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = NewCommand.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("the builder lacks its resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** A book id from a folder name: lower-case letters, digits and hyphens. */
    static String slug(String name) {
        String s = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return s.isEmpty() ? "book" : s;
    }

    /** A YAML double-quoted scalar, so that any title is read back as written. */
    static String yamlString(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                default -> sb.append(c < 0x20 ? String.format("\\x%02x", (int) c) : String.valueOf(c));
            }
        }
        return sb.append('"').toString();
    }
}
