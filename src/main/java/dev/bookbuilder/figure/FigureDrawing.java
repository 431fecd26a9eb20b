package dev.bookbuilder.figure;

import dev.bookbuilder.diag.Diagnostics;
import dev.bookbuilder.i18n.Labels;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Draws every figure of a book once, in parallel, each within a time limit: a figure that does
 * not parse, or takes too long, is reported at its line and left out, and its block shows as code.
 */
public final class FigureDrawing {
    private static final Pattern ROOT = Pattern.compile("<svg\\b[^>]*>");

    private final FigureStyle style;
    private final FigureFont font;
    private final Labels labels;
    private final FigureCache cache;
    private final long timeoutMillis;

    /** @param labels the book's language (a chart names a series that has none in it) */
    public FigureDrawing(FigureStyle style, FigureFont font, Labels labels, FigureCache cache, long timeoutMillis) {
        this.style = style;
        this.font = font;
        this.labels = labels;
        this.cache = cache;
        this.timeoutMillis = timeoutMillis;
    }

    /** The figures, by the caller's key for each block; blocks that failed are absent. */
    public <K> Map<K, Figure> draw(Map<K, FigureBlock> blocks, Diagnostics diags) {
        Map<K, Figure> out = new LinkedHashMap<>();
        if (blocks.isEmpty()) {
            return out;
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Runtime.getRuntime().availableProcessors()), r -> {
            Thread t = new Thread(r, "figure");
            t.setDaemon(true);
            return t;
        });
        try {
            Map<String, CompletableFuture<Drawn>> byHash = new LinkedHashMap<>();
            Map<K, CompletableFuture<Drawn>> futures = new LinkedHashMap<>();
            blocks.forEach((k, b) -> futures.put(k, byHash.computeIfAbsent(hash(b.key(style, font, labels)),
                    h -> CompletableFuture.supplyAsync(() -> drawWithin(b, h), pool))));
            blocks.forEach((k, b) -> {
                Drawn d = futures.get(k).join();
                if (d.svg != null) {
                    Matcher m = ROOT.matcher(d.svg);
                    String root = m.find() ? m.group() : "";
                    double w = length(root, "width", 400);
                    double h = length(root, "height", 300);
                    out.put(k, new Figure("figures/" + d.hash + ".svg", d.svg, w, h, b.alt(), b.chart() == null ? java.util.List.of()
                            : b.chart().sources().stream().map(dev.bookbuilder.config.Positioned::value).toList()));
                } else {
                    report(b, d, diags);
                }
            });
        } finally {
            pool.shutdownNow();
        }
        return out;
    }

    private record Drawn(String hash, String svg, String problem, int line, boolean timedOut) {
    }

    private Drawn drawWithin(FigureBlock block, String hash) {
        var cached = cache.get(hash);
        if (cached.isPresent()) {
            return new Drawn(hash, cached.get(), null, 0, false);
        }
        // Its own thread, so a pathological diagram can be abandoned; it is a daemon and dies with the build.
        CompletableFuture<Drawn> work = new CompletableFuture<>();
        Thread t = new Thread(() -> {
            try {
                work.complete(drawNow(block, hash));
            } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
                work.complete(new Drawn(hash, null, String.valueOf(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()),
                        1, false));
            }
        }, "figure-draw");
        t.setDaemon(true);
        t.start();
        try {
            Drawn d = work.get(timeoutMillis, TimeUnit.MILLISECONDS);
            if (d.svg != null) {
                cache.put(hash, d.svg);
            }
            return d;
        } catch (java.util.concurrent.TimeoutException e) {
            t.interrupt();
            return new Drawn(hash, null, null, 0, true);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Drawn(hash, null, "interrupted", 0, false);
        } catch (java.util.concurrent.ExecutionException e) {
            return new Drawn(hash, null, String.valueOf(e.getCause()), 0, false);
        }
    }

    private Drawn drawNow(FigureBlock block, String hash) {
        if (block.kind() == FigureBlock.Kind.CHART) {
            return new Drawn(hash, ChartDrawer.draw(block.chart(), font, labels), null, 0, false);
        }
        DiagramDrawer.Result r = DiagramDrawer.draw(block.source(), style, font);
        return new Drawn(hash, r.svg(), r.problem(), r.line(), false);
    }

    private void report(FigureBlock b, Drawn d, Diagnostics diags) {
        String what = b.kind() == FigureBlock.Kind.CHART ? "chart" : "diagram";
        if (d.timedOut) {
            diags.warning("figure-timeout", b.file(), b.line(), 1, "the " + what + " took longer than " + timeoutMillis / 1000
                    + " s to draw and is shown as its source; simplify it");
        } else {
            diags.warning(b.kind() == FigureBlock.Kind.CHART ? "bad-chart" : "bad-diagram", b.file(),
                    b.line() + Math.max(0, d.line - 1), 1, what + " does not draw (" + d.problem + "); it is shown as its source");
        }
    }

    private static double length(String tag, String name, double fallback) {
        Matcher m = Pattern.compile("\\s" + name + "=\"([0-9.]+)(?:px)?\"").matcher(tag);
        return m.find() ? Double.parseDouble(m.group(1)) : fallback;
    }

    static String hash(String s) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
