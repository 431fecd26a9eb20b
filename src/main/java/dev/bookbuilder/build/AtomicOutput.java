package dev.bookbuilder.build;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Writes a file under a temporary name beside its target and moves it into place only when
 * complete: a failed build never leaves a half-written file nor destroys the last good one.
 * The temporary file is hidden ({@code .name….part}), deleted if the JVM is stopped while it is
 * written, and swept by the next build if the JVM was killed.
 */
public final class AtomicOutput {
    private AtomicOutput() {
    }

    /** Writes the content produced by {@code writer} to {@code target}. */
    public interface Writer {
        void write(OutputStream out) throws IOException;
    }

    private static void readableByAll(Path file) throws IOException {
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        }
    }

    public static void write(Path target, Writer writer) throws IOException {
        Path tmp = writePart(target, writer);
        try {
            try {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
            TempFiles.release(tmp);
        }
    }

    /**
     * Writes the complete content to a hidden file beside {@code target} and returns it; the caller
     * moves it into place (or deletes it). It is owned by {@link TempFiles} until then.
     */
    static Path writePart(Path target, Writer writer) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, "." + target.getFileName(), ".part");
        TempFiles.own(tmp);
        boolean done = false;
        try {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp))) {
                writer.write(out);
            }
            readableByAll(tmp); // temp files are created private; a book is not
            done = true;
            return tmp;
        } finally {
            if (!done) {
                Files.deleteIfExists(tmp);
                TempFiles.release(tmp);
            }
        }
    }
}
