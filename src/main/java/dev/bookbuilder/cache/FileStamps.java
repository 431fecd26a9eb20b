package dev.bookbuilder.cache;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A file's size and time, as the caches' keys name a file they depend on: a file changed is another key. */
public final class FileStamps {
    private FileStamps() {
    }

    /** "size millis", or "unreadable" when the file cannot be read (a key that names no content). */
    public static String of(Path file) {
        try {
            return Files.size(file) + " " + Files.getLastModifiedTime(file).toMillis();
        } catch (IOException e) {
            return "unreadable";
        }
    }
}
