package dev.bookbuilder.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Tag;

/**
 * Each folder under src/test/resources/bad/ is a book with known faults. Its expected.txt lists
 * the diagnostics it must produce, exactly; an {@code -error} case exits 1 and writes nothing,
 * a {@code -warning} case builds (and a {@code -safe-warning} one keeps none of its hostile content). An optional args.txt adds command-line arguments (one line, after
 * comment lines); a diagnostic with no file is written as {@code error code}. A case with a command.txt
 * saying {@code check} runs {@code book check} (its lints) and must write nothing at all.
 */
@Tag("fast")
class BadSourcesTest {
    private static final Path BAD = Path.of("src/test/resources/bad");
    private static final Pattern LINE = Pattern.compile("^(.*?)(\\S+):(\\d+):(\\d+): (error|warning) ([a-z-]+): .+$");
    private static final Pattern BOOK_LINE = Pattern.compile("^(error|warning) ([a-z-]+): .+$");

    static Stream<String> cases() throws IOException {
        try (Stream<Path> s = Files.list(BAD)) {
            return s.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList().stream();
        }
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
        int code = Main.run(new PrintWriter(new StringWriter()), new PrintWriter(err, true), args.toArray(String[]::new));
        String stderr = err.toString();

        List<String> expected = Files.readAllLines(BAD.resolve(name).resolve("expected.txt")).stream()
                .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
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
                assertEquals(List.of("bad-complete.epub", "bad-complete.pdf"), written);
                if (name.contains("-safe")) {
                    // A "-safe" book builds with its hostile content removed: none of it reaches the EPUB.
                    for (var entry : dev.bookbuilder.testing.EpubFiles.read(out.resolve("bad-complete.epub")).entrySet()) {
                        String text = entry.getValue().toLowerCase(java.util.Locale.ROOT);
                        for (String hostile : List.of("javascript:", "vbscript:", "data:text/html", "file:///")) {
                            assertFalse(text.contains(hostile), entry.getKey() + " contains " + hostile);
                        }
                    }
                }
            }
        }
    }
}
