package dev.bookbuilder.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bookbuilder.testing.EpubCheckRunner;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An author's first minutes: `book new`, then `book check`, then `book build`, all clean; a second build
 * with nothing changed writes nothing; an edit builds again.
 */
class NewBookTest {
    private record Run(int code, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Run(code, out.toString(), err.toString());
    }

    private static Map<String, String> files(Path out) throws IOException {
        Map<String, String> m = new TreeMap<>();
        try (Stream<Path> s = Files.list(out)) {
            for (Path p : s.toList()) {
                m.put(p.getFileName().toString(), Files.getLastModifiedTime(p) + " " + Files.size(p));
            }
        }
        return m;
    }

    @Test
    void anEnglishStarterBookChecksAndBuildsCleanAndIsNotBuiltTwice(@TempDir Path tmp) throws IOException {
        Path book = tmp.resolve("mybook");
        assertEquals(0, run("new", book.toString(), "--language", "en", "--title", "My Book").code());
        try (Stream<Path> s = Files.walk(book.resolve("chapters"))) {
            for (Path f : s.filter(Files::isRegularFile).toList()) {
                assertFalse(Files.readString(f).codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN),
                        "the English starter book has no Chinese: " + f);
            }
        }
        Path src = book.resolve("chapters");
        Run check = run("check", "--source", src.toString());
        assertEquals(0, check.code(), check.err());
        assertTrue(check.err().contains("check passed: 0 error(s), 0 warning(s)"), check.err());
        assertTrue(check.out().contains("epubcheck: 0 errors, 0 warnings"), check.out());
        assertFalse(Files.exists(book.resolve("out")), "check writes nothing");

        Path out = book.resolve("out");
        Run build = run("build", "--source", src.toString(), "--out", out.toString());
        assertEquals(0, build.code(), build.err());
        assertEquals("", build.err(), "no warning");
        assertTrue(build.out().contains("mybook-complete.pdf"), build.out());
        EpubCheckRunner.Verdict v = EpubCheckRunner.check(out.resolve("mybook-complete.epub"));
        assertTrue(v.clean(), v.toString());

        // Nothing changed: nothing is written, and the build says so.
        Map<String, String> before = files(out);
        Run again = run("build", "--source", src.toString(), "--out", out.toString());
        assertEquals(0, again.code());
        assertTrue(again.out().startsWith("up to date: 2 file(s)"), again.out());
        assertEquals(before, files(out));

        // Other options are another build; then a file touched but not changed is no change; a changed word is.
        String[] epubOnly = {"build", "--source", src.toString(), "--out", out.toString(), "--format", "epub"};
        assertTrue(run(epubOnly).out().contains("built 1 file(s)"));
        Path q = src.resolve("01-basics/02-why-cache.md");
        Files.setLastModifiedTime(q, FileTime.fromMillis(System.currentTimeMillis() + 60_000));
        assertTrue(run(epubOnly).out().startsWith("up to date"), "timestamps are not trusted: hashes are");
        Files.writeString(q, Files.readString(q).replace("Measure before you optimise", "Measure first"));
        Run changed = run(epubOnly);
        assertTrue(changed.out().contains("built 1 file(s)"), changed.out());
        assertTrue(EpubCheckRunner.check(out.resolve("mybook-complete.epub")).clean());
    }

    @Test
    void aChineseStarterBookBuildsClean(@TempDir Path tmp) throws IOException {
        Path book = tmp.resolve("shu");
        Run created = run("new", book.toString(), "--title", "我的书");
        assertEquals(0, created.code(), created.err());
        assertTrue(Files.readString(book.resolve("chapters/book.yml")).contains("title: \"我的书\""));
        Run build = run("build", "--source", book.resolve("chapters").toString(), "--out", tmp.resolve("out").toString(), "--format", "epub");
        assertEquals(0, build.code(), build.err());
        assertEquals("", build.err(), "no warning");
        EpubCheckRunner.Verdict v = EpubCheckRunner.check(tmp.resolve("out/shu-complete.epub"));
        assertTrue(v.clean(), v.toString());
        assertEquals(List.of(".bookbuilder-manifest", "shu-complete.epub"), files(tmp.resolve("out")).keySet().stream().toList());
    }
}
