package dev.bookbuilder.build;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * A folder output (the web edition) written as {@link AtomicOutput} writes a file: the writer's ZIP
 * archive is unpacked into a temporary folder beside the target, which then replaces the last one, so
 * a failed build leaves the last good site and no stale page of an older one.
 */
public final class FolderOutput {
    private FolderOutput() {
    }

    /** Unpacks the ZIP archive {@code zipFile} into {@code target}, replacing the folder there; returns the bytes unpacked. */
    public static long replace(Path target, Path zipFile) throws IOException {
        Path dir = target.toAbsolutePath().normalize();
        Files.createDirectories(dir.getParent());
        Path tmp = Files.createTempDirectory(dir.getParent(), "." + dir.getFileName() + ".");
        Path old = dir.resolveSibling("." + dir.getFileName() + ".old");
        try {
            long bytes = unpack(Files.readAllBytes(zipFile), tmp);
            if (tmp.getFileSystem().supportedFileAttributeViews().contains("posix")) { // temp folders are created private; a site is not
                Files.setPosixFilePermissions(tmp, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
            }
            deleteTree(old);
            if (Files.exists(dir)) {
                Files.move(dir, old);
            }
            Files.move(tmp, dir, StandardCopyOption.ATOMIC_MOVE);
            return bytes;
        } finally {
            deleteTree(tmp);
            deleteTree(old);
        }
    }

    private static long unpack(byte[] zip, Path into) throws IOException {
        long bytes = 0;
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                Path file = into.resolve(e.getName()).normalize();
                if (!file.startsWith(into) || e.isDirectory()) {
                    throw new IOException("a writer's archive names a path outside its folder: " + e.getName());
                }
                Files.createDirectories(file.getParent());
                bytes += Files.copy(in, file);
            }
        }
        return bytes;
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> {
                try {
                    Files.delete(f);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
