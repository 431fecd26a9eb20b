package dev.bookbuilder.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line's habits: help and exit codes, refusals, JSON diagnostics, colour. */
@Tag("fast")
class CommandLineTest {
    private record Run(int code, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void bookAlonePrintsHelpListingEveryCommandAndExits2() {
        Run r = run();
        assertEquals(2, r.code());
        for (String command : List.of("new", "build", "check", "list", "import", "test")) {
            assertTrue(r.err().contains("\n  " + command + " "), command + " is listed:\n" + r.err());
        }
        assertEquals(0, run("--help").code());
    }

    @Test
    void anOutputFolderInsideTheSourceIsRefusedBeforeAnythingIsWritten(@TempDir Path tmp) {
        Path src = Path.of("src/test/resources/books/tiny/chapters");
        Run r = run("build", "--source", src.toString(), "--out", src.resolve("out").toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("lies inside the source folder"), r.err());
        assertFalse(Files.exists(src.resolve("out")));
        assertEquals(2, run("build", "--source", src.toString(), "--out", src.toString()).code());
    }

    @Test
    void anOutputPathThatIsAFileIsSaidInWordsAndTheFileIsKept(@TempDir Path tmp) throws Exception {
        Path file = Files.writeString(tmp.resolve("out"), "mine");
        Run r = run("build", "--source", "src/test/resources/books/tiny/chapters", "--out", file.toString(), "--format", "epub",
                "--edition", "complete");
        assertEquals(1, r.code());
        assertTrue(r.err().contains("`" + file + "` is a file, not a folder"), r.err());
        assertEquals("mine", Files.readString(file));
    }

    @Test
    void newRefusesAFolderThatHoldsSomething(@TempDir Path tmp) throws Exception {
        Files.writeString(tmp.resolve("notes.txt"), "mine");
        Run r = run("new", tmp.toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains("not an empty folder"), r.err());
        assertEquals(List.of("notes.txt"), Files.list(tmp).map(p -> p.getFileName().toString()).toList());
        assertEquals(2, run("new", tmp.resolve("x").toString(), "--language", "fr").code(), "no starter book in French");
    }

    @Test
    void checkPrintsJsonDiagnosticsWithTheirPositionsAndExits1() throws Exception {
        Path src = Path.of("src/test/resources/bad/follow-on-links-error/chapters");
        Run r = run("check", "--source", src.toString(), "--format", "json");
        assertEquals(1, r.code(), r.err());
        JsonNode all = new ObjectMapper().readTree(r.out());
        assertTrue(all.isArray());
        List<String> got = new ArrayList<>();
        for (JsonNode d : all) {
            String file = d.get("file").asText();
            got.add(file.substring(file.indexOf("chapters/") + "chapters/".length()) + ":" + d.get("line").asInt() + ":"
                    + d.get("column").asInt() + " " + d.get("severity").asText() + " " + d.get("code").asText());
            assertFalse(d.get("message").asText().isEmpty());
            assertFalse(d.get("hint").asText().isEmpty(), "the hint says what the code means");
        }
        assertEquals(List.of("01-a/01-q.md:1:1 error yaml-syntax", "01-a/02-q.md:3:1 error yaml-syntax",
                "01-a/03-q.md:7:3 error bad-encoding"), got);
    }

    @Test
    void strictTurnsWarningsIntoErrors() throws Exception {
        // (--edition nosuch stops the check after loading, where this book's warning is found)
        Path src = Path.of("src/test/resources/bad/unnumbered-file-warning/chapters");
        Run plain = run("check", "--source", src.toString(), "--edition", "nosuch", "--format", "json");
        Run strict = run("check", "--source", src.toString(), "--edition", "nosuch", "--strict", "--format", "json");
        List<String> before = new ArrayList<>();
        new ObjectMapper().readTree(plain.out()).forEach(d -> before.add(d.get("severity").asText() + " " + d.get("code").asText()));
        List<String> after = new ArrayList<>();
        new ObjectMapper().readTree(strict.out()).forEach(d -> after.add(d.get("severity").asText() + " " + d.get("code").asText()));
        assertEquals(List.of("error unknown-edition", "warning unnumbered-file"), before.stream().sorted().toList());
        assertEquals(List.of("error unknown-edition", "error unnumbered-file"), after.stream().sorted().toList());
        assertEquals(1, strict.code());
    }

    @Test
    void jsonStringsAreEscaped() {
        assertEquals("\"a\\\"b\\\\c\\nd\\u0001\"", JsonDiagnostics.string("a\"b\\c\nd\u0001"));
    }

    @Test
    void colourOnlyOnATerminalAndNeverWithNoColor() {
        Properties tty = new Properties();
        tty.setProperty("bookbuilder.stderr-tty", "true");
        assertTrue(Console.colourWanted(java.util.Map.of(), tty));
        assertFalse(Console.colourWanted(java.util.Map.of("NO_COLOR", "1"), tty));
        assertFalse(Console.colourWanted(java.util.Map.of(), new Properties()));
        StringWriter err = new StringWriter();
        Console c = new Console(new PrintWriter(new StringWriter()), new PrintWriter(err, true), Console.Level.NORMAL, true);
        c.diagnostic(new dev.bookbuilder.diag.Diagnostic("broken-link", dev.bookbuilder.diag.Severity.ERROR, Path.of("a.md"), 3, 4, "x"));
        assertEquals("\u001b[1ma.md:3:4: \u001b[0m\u001b[1;31merror\u001b[0m broken-link: x", err.toString().strip());
    }
}
