package dev.bookbuilder.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bookbuilder.diag.BuildFailedException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An import reads only the book's own files (links and {@code ..} that lead out are refused with a note) and
 * stops at a page that is not UTF-8 with its position, before it writes anything.
 */
@Tag("fast")
class HostileImportTest {

    private static Path mdBook(Path tmp, String summary) throws IOException {
        Path from = Files.createDirectories(tmp.resolve("book/src/a"));
        Files.writeString(tmp.resolve("book/book.toml"), "[book]\ntitle = \"Hostile\"\n");
        Files.writeString(from.resolve("intro.md"), "# Intro\n\nText.\n\n{{#include etc/hostname}}\n");
        Files.writeString(tmp.resolve("book/src/SUMMARY.md"), "# Summary\n\n- [Intro](a/intro.md)\n" + summary);
        return tmp.resolve("book");
    }

    @Test
    void linksAndPathsThatLeaveTheBookAreNotRead(@TempDir Path tmp) throws IOException {
        Path secret = Files.writeString(tmp.resolve("secret.txt"), "password=hunter2\n");
        Path outside = Files.createDirectories(tmp.resolve("elsewhere"));
        Files.writeString(outside.resolve("hostname"), "secret-host\n");
        Path book = mdBook(tmp, "  - [Linked](a/linked.md)\n  - [Above](../../secret.txt)\n");
        Files.createSymbolicLink(book.resolve("src/a/linked.md"), secret);
        Files.createSymbolicLink(book.resolve("src/a/picture.png"), secret);
        Files.createSymbolicLink(book.resolve("src/a/etc"), outside); // a folder link: {{#include etc/hostname}} goes through it
        Path to = tmp.resolve("chapters");
        BookImporter.Report report = new BookImporter().importBook(book, to);

        try (Stream<Path> files = Files.walk(to)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                String text = Files.readString(f);
                assertFalse(text.contains("hunter2") || text.contains("secret-host"), f + " holds a file from outside the book: " + text);
            }
        }
        assertTrue(Files.notExists(to.resolve("a/picture.png")), "a link out of the book is not copied");
        assertEquals(List.of("SUMMARY.md:5: `Above` points above the book's folder (../../secret.txt): it is left out, not read",
                "a/intro.md: `{{#include etc/hostname}}`: outside the book's repository: left as written",
                "a/linked.md: listed in the contents, but leads outside the book's folder (a link or `..`): left out, not read",
                "a/linked.md: is a link that leads outside the book's folder: not copied",
                "a/picture.png: is a link that leads outside the book's folder: not copied"), report.notes());
    }

    @Test
    void aPageThatIsNotUtf8StopsTheImportAtItsPositionAndNothingIsWritten(@TempDir Path tmp) throws IOException {
        Path book = mdBook(tmp, "  - [GBK](a/gbk.md)\n");
        // "# 中文" then a line in GBK, as a Windows editor saves it
        Files.write(book.resolve("src/a/gbk.md"), new byte[] {'#', ' ', 'T', '\n', '\n', 'o', 'k', ' ', (byte) 0xD6, (byte) 0xD0, '\n'});
        Path to = tmp.resolve("chapters");
        BuildFailedException e = assertThrows(BuildFailedException.class, () -> new BookImporter().importBook(book, to));
        assertEquals(List.of("book/src/a/gbk.md:3:4: error bad-encoding: the file is not UTF-8 (the first byte that is not is here; "
                + "save the file as UTF-8)"), e.diagnostics().sorted().stream().map(d -> d.format(tmp)).toList());
        assertTrue(Files.notExists(to), "the import wrote nothing");
    }

    @Test
    void aFailureWhileWritingRemovesWhatTheImportWrote(@TempDir Path tmp) throws IOException {
        Path given = Files.createDirectories(tmp.resolve("given"));
        Files.createDirectories(given.resolve("01-a"));
        Files.writeString(given.resolve("01-a/cluster.md"), "# A\n");
        Path kept = Files.writeString(tmp.resolve("kept.txt"), "not the import's");
        Files.createSymbolicLink(given.resolve("link"), kept);
        ImportOutput.removeWritten(given, true);
        assertTrue(Files.isDirectory(given), "a folder the user gave stays");
        try (Stream<Path> s = Files.list(given)) {
            assertEquals(List.of(), s.toList());
        }
        assertEquals("not the import's", Files.readString(kept), "a link is removed, not followed");
        Path created = Files.createDirectories(tmp.resolve("created/01-a"));
        ImportOutput.removeWritten(tmp.resolve("created"), false);
        assertTrue(Files.notExists(tmp.resolve("created")), "a folder the import made goes");
    }

    /** A JPEG named {@code photo.png} is copied as {@code photo.jpg}: a real {@code photo.jpg} beside it must not stop the import. */
    @Test
    void aRenamedImageDoesNotOverwriteAFileOfTheSameName(@TempDir Path tmp) throws IOException {
        Path book = mdBook(tmp, "");
        byte[] jpeg = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F', 0, 1, 1, 0, 0, 1, 0, 1, 0, 0,
            (byte) 0xFF, (byte) 0xD9};
        Files.write(book.resolve("src/a/photo.png"), jpeg);
        Files.write(book.resolve("src/a/photo.jpg"), jpeg);
        Files.writeString(book.resolve("src/a/intro.md"), "# Intro\n\n![one](photo.png) ![two](photo.jpg)\n");
        Path to = tmp.resolve("chapters");
        BookImporter.Report report = new BookImporter().importBook(book, to);
        assertTrue(Files.isRegularFile(to.resolve("a/photo.jpg")) && Files.isRegularFile(to.resolve("a/photo-2.jpg")), report.notes().toString());
        String page = Files.readString(to.resolve("01-intro/cluster.md"));
        assertTrue(page.contains("![one](../a/photo-2.jpg) ![two](../a/photo.jpg)"), page);
    }

    /** A README and unnumbered pages give no order to make chapters of: the import says so, and writes no book.yml that cannot build. */
    @Test
    void aFolderWithNothingToMakeChaptersOfIsAnErrorNotAnEmptyBook(@TempDir Path tmp) throws IOException {
        Path from = Files.createDirectories(tmp.resolve("guide/docs"));
        Files.writeString(tmp.resolve("guide/README.md"), "# My Guide\n");
        Files.writeString(from.resolve("usage.md"), "# Usage\n");
        Path to = tmp.resolve("chapters");
        IOException e = assertThrows(IOException.class, () -> new BookImporter().importBook(tmp.resolve("guide"), to));
        assertTrue(e.getMessage().contains("no chapters to import") && e.getMessage().contains("SUMMARY.md"), e.getMessage());
        assertTrue(Files.notExists(to), "nothing was written");
    }
}
