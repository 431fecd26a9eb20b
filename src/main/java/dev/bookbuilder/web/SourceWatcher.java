package dev.bookbuilder.web;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Watches a book's sources (the chapters folder, all the way down) and the styles/ folder beside
 * it with the JDK's WatchService, and hands over the files that changed once the writing has settled:
 * an editor's save is often several events (a temporary file, a rename).
 */
public final class SourceWatcher implements Closeable {
    /** How long the folders must stay quiet before a batch of changes is handed over. */
    static final long QUIET_MS = 60;

    private final WatchService service;
    private final Map<WatchKey, Path> folders = new HashMap<>();

    public SourceWatcher(Path sourceRoot) throws IOException {
        service = FileSystems.getDefault().newWatchService();
        Path root = sourceRoot.toAbsolutePath().normalize();
        registerTree(root);
        Path styles = root.getParent() == null ? null : root.getParent().resolve("styles");
        if (styles != null && Files.isDirectory(styles) && !styles.startsWith(root)) {
            registerTree(styles);
        }
    }

    /**
     * Waits up to {@code timeoutMillis} for a change, then until the folders are quiet; returns the
     * changed files, or nothing when the time ran out.
     */
    public Set<Path> next(long timeoutMillis) throws InterruptedException {
        Set<Path> changed = new LinkedHashSet<>();
        WatchKey key = service.poll(timeoutMillis, TimeUnit.MILLISECONDS);
        while (key != null) {
            collect(key, changed);
            key = service.poll(QUIET_MS, TimeUnit.MILLISECONDS);
        }
        return changed;
    }

    private void collect(WatchKey key, Set<Path> changed) {
        Path dir = folders.get(key);
        for (WatchEvent<?> event : key.pollEvents()) {
            if (dir == null || event.kind() == StandardWatchEventKinds.OVERFLOW) {
                changed.add(dir == null ? Path.of("") : dir); // events were lost: something under here changed
                continue;
            }
            Path file = dir.resolve((Path) event.context());
            if (ignored(file)) {
                continue;
            }
            if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && Files.isDirectory(file)) {
                try {
                    registerTree(file); // a new cluster folder
                } catch (IOException e) {
                    changed.add(file);
                }
            }
            changed.add(file);
        }
        if (!key.reset()) {
            folders.remove(key);
        }
    }

    /** Editors' temporary and backup files: saving through them is reported by the real file's event. */
    private static boolean ignored(Path file) {
        String name = file.getFileName().toString();
        return name.startsWith(".") || name.endsWith("~") || name.endsWith(".swp") || name.endsWith(".tmp") || name.startsWith("#");
    }

    private void registerTree(Path top) throws IOException {
        try (Stream<Path> dirs = Files.walk(top)) {
            for (Path d : dirs.filter(Files::isDirectory).toList()) {
                folders.put(d.register(service, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                        StandardWatchEventKinds.ENTRY_DELETE), d);
            }
        }
    }

    @Override
    public void close() throws IOException {
        try {
            service.close();
        } catch (ClosedWatchServiceException e) {
            // already closed
        }
    }
}
