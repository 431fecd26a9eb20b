package dev.bookbuilder.diag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The catalogue, the documentation and the fixtures name the same codes. */
@Tag("fast")
class DiagnosticCatalogueTest {
    /** Codes no source book can trigger, and why. */
    private static final Map<String, String> NOT_FROM_A_BOOK = Map.of(
            "no-cjk-font", "depends on the machine's fonts (FontFallbackTest)",
            "font-lacks-glyphs", "depends on the machine's fonts (the print font tests)",
            "missing-glyph", "depends on the machine's fonts (the print font tests)",
            "unreadable", "an I/O failure: the build runs as root, which reads any file it lists",
            "figure-timeout", "depends on time (FigureDrawingTest)",
            "epubcheck", "a builder bug by definition: every fixture's EPUB passes (CheckCommandTest feeds it a broken EPUB)");

    @Test
    void docsTableListsExactlyTheCataloguedCodesWithTheirSeverities() throws IOException {
        String docs = Files.readString(Path.of("docs/format.md"));
        String table = docs.substring(docs.indexOf("## Diagnostics"));
        Map<String, String> documented = new TreeMap<>();
        Matcher row = Pattern.compile("(?m)^\\| ((?:`[a-z-]+`(?:, )?)+) \\| (error|warning) \\|").matcher(table);
        while (row.find()) {
            Matcher code = Pattern.compile("`([a-z-]+)`").matcher(row.group(1));
            while (code.find()) {
                documented.put(code.group(1), row.group(2));
            }
        }
        Map<String, String> catalogue = new TreeMap<>();
        for (DiagnosticCode c : DiagnosticCode.values()) {
            catalogue.put(c.id(), c.severity().label());
        }
        assertEquals(catalogue, documented, "docs/format.md's diagnostics table and DiagnosticCode");
    }

    @Test
    void everyCodeHasAFixtureBookThatTriggersIt() throws IOException {
        TreeSet<String> triggered = new TreeSet<>();
        try (Stream<Path> s = Files.list(Path.of("src/test/resources/bad"))) {
            for (Path dir : s.filter(Files::isDirectory).toList()) {
                for (String line : Files.readAllLines(dir.resolve("expected.txt"))) {
                    Matcher m = Pattern.compile("(?:error|warning) ([a-z-]+)$").matcher(line.strip());
                    if (!line.startsWith("#") && m.find()) {
                        triggered.add(m.group(1));
                    }
                }
            }
        }
        TreeSet<String> missing = new TreeSet<>();
        Arrays.stream(DiagnosticCode.values()).map(DiagnosticCode::id)
                .filter(id -> !triggered.contains(id) && !NOT_FROM_A_BOOK.containsKey(id)).forEach(missing::add);
        assertEquals(new TreeSet<>(), missing, "codes without a fixture under src/test/resources/bad/");
    }

    @Test
    void aCodeOutsideTheCatalogueOrWithTheWrongSeverityIsABug() {
        Diagnostics d = new Diagnostics();
        assertThrows(IllegalArgumentException.class, () -> d.error("no-such-code", null, 0, 0, "x"));
        assertThrows(IllegalArgumentException.class, () -> d.warning("broken-link", null, 0, 0, "x"));
    }
}
