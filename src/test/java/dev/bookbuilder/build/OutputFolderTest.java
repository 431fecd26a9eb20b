package dev.bookbuilder.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The output folder is written all or nothing, by one build at a time, and swept of what killed builds left. */
@Tag("fast")
class OutputFolderTest {

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void nothingReplacesTheLastGoodFilesUntilCommitAndAFailureLeavesThemAsTheyWere(@TempDir Path out) throws IOException {
        Files.writeString(out.resolve("b.epub"), "old epub");
        Files.writeString(out.resolve("b.pdf"), "old pdf");
        try (OutputFolder f = OutputFolder.open(out)) {
            f.stage(out.resolve("b.epub"), o -> o.write("new epub".getBytes()));
            assertEquals("old epub", Files.readString(out.resolve("b.epub")), "staged, not yet in place");
            assertThrows(IOException.class, () -> f.stage(out.resolve("b.pdf"), o -> {
                o.write("half".getBytes());
                throw new IOException("the PDF failed");
            }));
            // the build stops here: no commit
        }
        assertEquals("old epub", Files.readString(out.resolve("b.epub")));
        assertEquals("old pdf", Files.readString(out.resolve("b.pdf")));
        assertEquals(List.of("b.epub", "b.pdf"), names(out), "no part file, no lock file left");

        try (OutputFolder f = OutputFolder.open(out)) {
            f.stage(out.resolve("b.epub"), o -> o.write("new epub".getBytes()));
            f.stage(out.resolve("b.pdf"), o -> o.write("new pdf".getBytes()));
            f.commit();
        }
        assertEquals("new epub", Files.readString(out.resolve("b.epub")));
        assertEquals("new pdf", Files.readString(out.resolve("b.pdf")));
        assertEquals(List.of("b.epub", "b.pdf"), names(out));
    }

    @Test
    void aSecondBuildIntoTheSameFolderFailsWithAClearMessage(@TempDir Path out) throws IOException {
        try (OutputFolder first = OutputFolder.open(out)) {
            OutputFolder.BusyException e = assertThrows(OutputFolder.BusyException.class, () -> OutputFolder.open(out));
            assertTrue(e.getMessage().contains("another build is writing into"), e.getMessage());
            assertTrue(Files.exists(out.resolve(OutputFolder.LOCK)));
        }
        assertFalse(Files.exists(out.resolve(OutputFolder.LOCK)), "the lock file goes with the build");
        try (OutputFolder again = OutputFolder.open(out)) {
            assertTrue(Files.isDirectory(again.dir()), "free again once the first build is done");
        }
    }

    @Test
    void partFilesOfAKilledBuildAreSweptAndTheBooksKept(@TempDir Path out) throws IOException {
        Files.writeString(out.resolve("b.epub"), "good");
        Files.writeString(out.resolve(".b.epub12345.part"), "");
        Files.writeString(out.resolve(".b.pdf999.part"), "half a pdf");
        try (OutputFolder f = OutputFolder.open(out)) {
            assertEquals(List.of(OutputFolder.LOCK, "b.epub"), names(out));
        }
        assertEquals(List.of("b.epub"), names(out));
    }

    @Test
    void privateTempFoldersOfProcessesThatAreGoneAreSwept(@TempDir Path tmp) throws IOException {
        Path gone = Files.createDirectories(tmp.resolve(TempFiles.PRIVATE_PREFIX + "gone"));
        Files.writeString(gone.resolve(".owner"), "");
        Files.writeString(gone.resolve("+~JF123.tmp"), "a font");
        Path alive = Files.createDirectories(tmp.resolve(TempFiles.PRIVATE_PREFIX + "alive"));
        Path fresh = Files.createDirectories(tmp.resolve(TempFiles.PRIVATE_PREFIX + "fresh"));
        Path other = Files.createDirectories(tmp.resolve("someone-elses"));
        try (var ch = java.nio.channels.FileChannel.open(alive.resolve(".owner"), java.nio.file.StandardOpenOption.CREATE,
                java.nio.file.StandardOpenOption.WRITE); var lock = ch.lock()) {
            TempFiles.sweepPrivateTemps(tmp);
        }
        assertFalse(Files.exists(gone), "its owner's lock is free: the process is gone");
        assertTrue(Files.exists(alive), "a running build's folder is left alone");
        assertTrue(Files.exists(fresh), "a folder a launcher just made, not yet locked, is left alone");
        assertTrue(Files.exists(other), "nothing else in the temp folder is touched");
    }

    @Test
    void theOutputFolderMayNotBeTheSourceFolderNorInsideIt(@TempDir Path tmp) throws IOException {
        Path src = Files.createDirectories(tmp.resolve("book/chapters"));
        java.time.Instant t = java.time.Instant.EPOCH;
        assertTrue(new BuildRequest(src, src, List.of(), java.util.Set.of(), t).outInsideSource());
        assertTrue(new BuildRequest(src, src.resolve("out/x"), List.of(), java.util.Set.of(), t).outInsideSource());
        assertFalse(new BuildRequest(src, tmp.resolve("book/out"), List.of(), java.util.Set.of(), t).outInsideSource());
        Path link = Files.createSymbolicLink(tmp.resolve("link"), src);
        assertTrue(new BuildRequest(src, link.resolve("out"), List.of(), java.util.Set.of(), t).outInsideSource(), "links are followed");
    }
}
