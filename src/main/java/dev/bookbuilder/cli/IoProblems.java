package dev.bookbuilder.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;

/** A file-system failure in words a user can act on: the JDK's exceptions often carry only a path. */
final class IoProblems {
    private IoProblems() {
    }

    static String describe(IOException e) {
        if (e instanceof FileSystemException f && f.getFile() != null) {
            String file = f.getFile();
            if (e instanceof AccessDeniedException) {
                return "`" + file + "`: permission denied";
            }
            if (e instanceof NoSuchFileException) {
                return "`" + file + "` does not exist";
            }
            if (e instanceof NotDirectoryException || e instanceof FileAlreadyExistsException && Files.isRegularFile(Path.of(file))) {
                return "`" + file + "` is a file, not a folder";
            }
            if (e instanceof FileAlreadyExistsException) {
                return "`" + file + "` already exists";
            }
            if (e instanceof DirectoryNotEmptyException) {
                return "`" + file + "` is a folder that is not empty";
            }
            return "`" + file + "`" + (f.getReason() == null ? "" : ": " + f.getReason());
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
