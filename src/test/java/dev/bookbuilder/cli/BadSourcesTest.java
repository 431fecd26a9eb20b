package dev.bookbuilder.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bookbuilder.diag.DiagnosticCode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceAccessMode;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.parallel.Resources;

/**
 * Each folder under src/test/resources/bad/ is a book with known faults. Its expected.txt lists
 * the diagnostics it must produce, exactly; an {@code -error} case exits 1 and writes nothing,
 * a {@code -warning} case builds (and a {@code -safe-warning} one keeps none of its hostile content). An optional args.txt adds command-line arguments (one line, after
 * comment lines); a diagnostic with no file is written as {@code error code}. A case with a command.txt
 * saying {@code check} runs {@code book check} (its lints) and must write nothing at all.
 *
 * <p>The fast tier ({@code ./book test --fast}, JUnit's {@code groups=fast}) builds each book only as far as its
 * diagnostics need: the EPUB, and the PDF too only for a book whose expected diagnostics come from the PDF writer
 * or that has a print stylesheet, and leaves EPUBCheck on the "-safe" books to the full tier, which builds every
 * book in every default format.
 */
@Tag("fast")
@Execution(ExecutionMode.CONCURRENT) // each book builds into its own folder; the builder's caches are thread-safe
@ResourceLock(value = Resources.SYSTEM_PROPERTIES, mode = ResourceAccessMode.READ) // builds read bookbuilder.fontDirs
class BadSourcesTest {
    private static final Path BAD = Path.of("src/test/resources/bad");
    private static final Pattern LINE = Pattern.compile("^(.*?)(\\S+):(\\d+):(\\d+): (error|warning) ([a-z-]+): .+$");
    /** What no "-safe" fixture's EPUB may hold: script, handlers, embedded documents, addresses it would fetch. */
    private static final List<String> HOSTILE = List.of("<script", "onload=", "onclick=", "onmouseover=", "foreignobject", "<iframe",
            "127.0.0.1", "@import", "<!doctype svg", "/etc/passwd", "<animate", "<set ");
    /** A script or local address as an attribute or url() value, where a reader would act on it (as words in the text, it is inert). */
    private static final Pattern ACTIVE_SCHEME = Pattern.compile("[\"'(=]\\s*(javascript|vbscript|livescript|data:text/html|file:)");
    private static final Pattern BOOK_LINE = Pattern.compile("^(error|warning) ([a-z-]+): .+$");
    private static final boolean FAST_TIER = dev.bookbuilder.testing.Tier.fast();
    /** The codes the PDF writer reports (the catalogue's ids named in src/main/java/.../pdf/). */
    private static final Set<String> PRINT_CODES = printCodes();

    private static Set<String> printCodes() {
        Set<String> ids = Arrays.stream(DiagnosticCode.values()).map(DiagnosticCode::id).collect(Collectors.toSet());
        Pattern literal = Pattern.compile("\"([a-z]+(?:-[a-z]+)*)\"");
        Set<String> found = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/dev/bookbuilder/pdf"))) {
            for (Path f : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = literal.matcher(Files.readString(f));
                while (m.find()) {
                    if (ids.contains(m.group(1))) {
                        found.add(m.group(1));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return found;
    }

    /** Whether the book must be laid out for its diagnostics: codes of the PDF writer, or a print stylesheet to read. */
    private static boolean needsPrint(Path fixture, List<String> expected) {
        return !FAST_TIER || Files.exists(fixture.resolve("styles/print.css"))
                || expected.stream().anyMatch(l -> PRINT_CODES.contains(l.substring(l.lastIndexOf(' ') + 1)));
    }

    static Stream<String> cases() throws IOException {
        try (Stream<Path> s = Files.list(BAD)) {
            return s.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList().stream();
        }
    }

    /** The links a fixture's symlinks.txt asks for ("path target" lines): ones the build must refuse to follow. */
    private static List<Path> makeLinks(Path fixture) throws IOException {
        Path list = fixture.resolve("symlinks.txt");
        List<Path> made = new ArrayList<>();
        if (Files.exists(list)) {
            for (String line : Files.readAllLines(list)) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.strip().split("\\s+");
                Path link = fixture.resolve(parts[0]);
                Files.deleteIfExists(link);
                Files.createDirectories(link.getParent());
                made.add(Files.createSymbolicLink(link, Path.of(parts[1])));
            }
        }
        return made;
    }

    @Test
    void theCodesOfThePdfWriterAreKnown() {
        // Were the scan to find none, the fast tier would skip the PDF for books whose diagnostics need it.
        assertTrue(PRINT_CODES.containsAll(List.of("font-not-found", "missing-glyph")), PRINT_CODES.toString());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void producesExactlyItsDiagnostics(String name, @TempDir Path out) throws IOException {
        Path chapters = BAD.resolve(name).resolve("chapters");
        StringWriter err = new StringWriter();
        boolean check = Files.exists(BAD.resolve(name).resolve("command.txt"))
                && Files.readAllLines(BAD.resolve(name).resolve("command.txt")).stream().anyMatch(l -> l.strip().equals("check"));
        List<String> args = new ArrayList<>(check ? List.of("check", "--source", chapters.toString())
                : List.of("build", "--source", chapters.toString(), "--out", out.toString()));
        Path extra = BAD.resolve(name).resolve("args.txt");
        if (Files.exists(extra)) {
            Files.readAllLines(extra).stream().filter(l -> !l.isBlank() && !l.startsWith("#"))
                    .forEach(l -> args.addAll(List.of(l.strip().split("\\s+"))));
        }
        List<String> expected = Files.readAllLines(BAD.resolve(name).resolve("expected.txt")).stream()
                .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        boolean print = needsPrint(BAD.resolve(name), expected);
        if (!check && !print && !args.contains("--format")) {
            args.addAll(List.of("--format", "epub"));
        }
        List<Path> links = makeLinks(BAD.resolve(name));
        int code;
        try {
            code = Main.run(new PrintWriter(new StringWriter()), new PrintWriter(err, true), args.toArray(String[]::new));
        } finally {
            for (Path link : links) {
                Files.deleteIfExists(link);
            }
        }
        String stderr = err.toString();

        List<String> actual = new ArrayList<>();
        String prefix = chapters.toString().replace('\\', '/') + "/";
        for (String line : stderr.split("\n")) {
            Matcher book = BOOK_LINE.matcher(line.strip());
            if (book.matches()) {
                actual.add(book.group(1) + " " + book.group(2));
                continue;
            }
            Matcher m = LINE.matcher(line.strip());
            if (m.matches()) {
                String file = (m.group(1) + m.group(2)).replace('\\', '/');
                String styles = BAD.resolve(name).resolve("styles").toString().replace('\\', '/') + "/";
                if (file.startsWith(styles)) { // the stylesheets beside chapters/
                    file = prefix + "../styles/" + file.substring(styles.length());
                }
                assertTrue(file.startsWith(prefix), "diagnostic names its file below the source: " + line);
                actual.add(file.substring(prefix.length()) + ":" + m.group(3) + ":" + m.group(4) + ": " + m.group(5) + " " + m.group(6));
            }
        }
        assertEquals(expected, actual, stderr);
        assertFalse(stderr.contains("Exception") || stderr.contains("\tat "), "no stack trace:\n" + stderr);
        try (Stream<Path> files = Files.list(out)) {
            // (out/ also holds the hidden manifest of a build that succeeded)
            List<String> written = files.map(p -> p.getFileName().toString()).filter(n -> !n.startsWith(".")).sorted().toList();
            if (check) {
                assertEquals(name.endsWith("-error") ? 1 : 0, code, stderr);
                assertEquals(List.of(), written, "check writes nothing");
            } else if (name.endsWith("-error")) {
                assertEquals(1, code, stderr);
                assertEquals(List.of(), written, "a failed build writes nothing");
            } else {
                assertEquals(0, code, stderr);
                assertEquals(print ? List.of("bad-complete.epub", "bad-complete.pdf") : List.of("bad-complete.epub"), written);
                if (name.contains("-safe")) {
                    // A "-safe" book builds with its hostile content removed: none of it reaches the EPUB, which is valid.
                    for (var entry : dev.bookbuilder.testing.EpubFiles.read(out.resolve("bad-complete.epub")).entrySet()) {
                        String text = entry.getValue().toLowerCase(java.util.Locale.ROOT);
                        for (String hostile : HOSTILE) {
                            assertFalse(text.contains(hostile), entry.getKey() + " contains " + hostile);
                        }
                        Matcher active = ACTIVE_SCHEME.matcher(text);
                        assertFalse(active.find(), () -> entry.getKey() + " links to " + active.group());
                    }
                    if (!FAST_TIER) { // EPUBCheck on some thirty books is most of this class's time; the full tier runs it
                        var verdict = dev.bookbuilder.testing.EpubCheckRunner.check(out.resolve("bad-complete.epub"));
                        assertTrue(verdict.clean(), verdict.toString());
                    }
                }
            }
        }
    }
}
