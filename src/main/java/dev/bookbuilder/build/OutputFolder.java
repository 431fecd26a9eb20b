package dev.bookbuilder.build;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The output folder while one build writes to it: held exclusively (a lock file the OS releases even
 * when the process is killed), swept of the hidden {@code .part} files a killed build left, and
 * written all or nothing: every file is staged under a hidden name and moved into place by
 * {@link #commit()} only once every edition and format has been written. Closing without a commit
 * deletes what was staged, so the last good books stay as they were.
 */
public final class OutputFolder implements AutoCloseable {
    static final String LOCK = ".bookbuilder.lock";
    private final Path dir;
    private final FileChannel channel;
    private final FileLock lock;
    private final Map<Path, Path> staged = new LinkedHashMap<>();
    private final java.util.Set<Path> folders = new java.util.HashSet<>();

    private OutputFolder(Path dir, FileChannel channel, FileLock lock) {
        this.dir = dir;
        this.channel = channel;
        this.lock = lock;
    }

    /** Another build holds the folder. */
    public static final class BusyException extends IOException {
        BusyException(String message) {
            super(message);
        }
    }

    /** Takes the folder for this build (creating it), or fails at once when another build has it. */
    public static OutputFolder open(Path out) throws IOException {
        Path dir = Files.createDirectories(out.toAbsolutePath().normalize());
        Path lockFile = dir.resolve(LOCK);
        for (int attempt = 0; ; attempt++) {
            FileChannel ch = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.READ);
            Object opened = fileKey(lockFile);
            FileLock lock;
            try {
                lock = ch.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null; // this JVM builds into the same folder already
            }
            if (lock == null) {
                String holder = Files.exists(lockFile) ? new String(Files.readAllBytes(lockFile), StandardCharsets.UTF_8).strip() : "";
                ch.close();
                throw new BusyException("another build is writing into " + out + (holder.isEmpty() ? "" : " (process " + holder + ")")
                        + "; wait for it to finish, or build into another folder with --out");
            }
            if (opened == null || !opened.equals(fileKey(lockFile))) {
                // The build before us removed the file between our open and our lock: lock the new one.
                lock.release();
                ch.close();
                if (attempt < 5) {
                    continue;
                }
                throw new BusyException("the lock file " + lockFile + " keeps changing: is another build running?");
            }
            ch.truncate(0);
            ch.write(ByteBuffer.wrap(Long.toString(ProcessHandle.current().pid()).getBytes(StandardCharsets.UTF_8)));
            TempFiles.own(lockFile); // removed by the shutdown hook too, if the build is stopped
            OutputFolder folder = new OutputFolder(dir, ch, lock);
            folder.sweep();
            return folder;
        }
    }

    private static Object fileKey(Path p) {
        try {
            Object key = Files.readAttributes(p, BasicFileAttributes.class).fileKey();
            return key != null ? key : "no-file-keys"; // (Windows: the lock itself is exclusive there)
        } catch (IOException e) {
            return null;
        }
    }

    public Path dir() {
        return dir;
    }

    /** Removes the hidden part files of builds that were killed: with the lock held, none is in use. */
    private void sweep() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.filter(OutputFolder::isPart).toList()) {
                Files.deleteIfExists(p);
            }
        }
        try (Stream<Path> s = Files.list(dir)) { // a web edition's half-swapped folders
            for (Path p : s.filter(p -> Files.isDirectory(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)
                    && p.getFileName().toString().matches("\\..+\\.(old|\\d+)")).toList()) {
                FolderOutput.deleteTree(p);
            }
        }
    }

    static boolean isPart(Path p) {
        String n = p.getFileName().toString();
        return n.startsWith(".") && n.endsWith(".part");
    }

    /** Writes {@code target}'s content under a hidden name beside it; it takes the name at {@link #commit()}. */
    public void stage(Path target, AtomicOutput.Writer writer) throws IOException {
        Path tmp = AtomicOutput.writePart(target.toAbsolutePath().normalize(), writer);
        synchronized (staged) {
            staged.put(target, tmp);
        }
    }

    /** Stages a folder output (the web edition) as the ZIP archive its writer writes; {@link #commit()} unpacks it. */
    public void stageFolder(Path target, AtomicOutput.Writer writer) throws IOException {
        Path tmp = AtomicOutput.writePart(target.toAbsolutePath().normalize(), writer);
        synchronized (staged) {
            staged.put(target, tmp);
            folders.add(target);
        }
    }

    /** The file staged for {@code target}, for its size before it is moved. */
    public Path stagedFile(Path target) {
        synchronized (staged) {
            return staged.get(target);
        }
    }

    /** Moves every staged file to its name, each move atomic, one after the other. */
    public void commit() throws IOException {
        synchronized (staged) {
            for (var e : new ArrayList<>(staged.entrySet())) {
                if (folders.remove(e.getKey())) {
                    FolderOutput.replace(e.getKey(), e.getValue());
                    Files.deleteIfExists(e.getValue());
                } else {
                    try {
                        Files.move(e.getValue(), e.getKey(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                    } catch (AtomicMoveNotSupportedException x) {
                        Files.move(e.getValue(), e.getKey(), StandardCopyOption.REPLACE_EXISTING);
                    }
                }
                TempFiles.release(e.getValue());
                staged.remove(e.getKey());
            }
        }
    }

    /** Deletes whatever was staged and not committed, removes the lock file and releases the lock. */
    @Override
    public void close() throws IOException {
        List<Path> left;
        synchronized (staged) {
            left = new ArrayList<>(staged.values());
            staged.clear();
        }
        for (Path p : left) {
            Files.deleteIfExists(p);
            TempFiles.release(p);
        }
        // Deleted while still held: a build that opened the old file finds it gone and tries again.
        Files.deleteIfExists(dir.resolve(LOCK));
        TempFiles.release(dir.resolve(LOCK));
        lock.release();
        channel.close();
    }
}
