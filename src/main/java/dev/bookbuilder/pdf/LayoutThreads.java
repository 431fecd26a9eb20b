package dev.bookbuilder.pdf;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The threads that lay out runs of the print document's parts, shared by every edition a build makes
 * (editions already write in parallel: a pool per edition would put more layouts in memory at once
 * than the machine has cores to run). A task never waits for another task, so the pool cannot deadlock.
 */
final class LayoutThreads {
    private static final AtomicInteger COUNT = new AtomicInteger();
    private static final ExecutorService POOL = Executors.newFixedThreadPool(Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors())), r -> {
        Thread t = new Thread(r, "pdf-layout-" + COUNT.incrementAndGet());
        t.setDaemon(true);
        return t;
    });

    private LayoutThreads() {
    }

    static <T> Future<T> submit(Callable<T> task) {
        return POOL.submit(task);
    }

    /** Waits for every task; the first failure is thrown (after all have ended, so none still holds a taken-out part). */
    static void join(List<? extends Future<?>> tasks) throws IOException {
        ExecutionException failed = null;
        for (Future<?> f : tasks) {
            try {
                get(f);
            } catch (ExecutionException e) {
                failed = failed == null ? e : failed;
            }
        }
        if (failed != null) {
            PartMeasures.rethrow(failed);
        }
    }

    static <T> T get(Future<T> f) throws ExecutionException {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while laying out the print document", e);
        }
    }
}
