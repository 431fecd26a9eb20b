package dev.bookbuilder.markdown.math;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The work one formula may ask for. JLaTeXMath parses and lays out by recursion, once per level of braces,
 * {@code \left}, or {@code \begin}, so nesting is counted on the LaTeX before it is parsed, whatever stack the
 * thread has; macros are expanded here, within a budget ({@link Macros}); and drawing is timed, as a backstop.
 */
public final class MathLimits {
    /** Levels of {@code {…}}, {@code \left…\right} and {@code \begin…\end}, together; formulas in books nest under 20. */
    public static final int MAX_NESTING = 64;
    /** Characters of LaTeX after macro expansion. */
    public static final int MAX_LENGTH = 20_000;
    /** How long one formula may take to parse and draw: generous, since a busy machine is slow, and only a backstop. */
    public static final long MAX_MILLIS = 20_000;

    private static final ExecutorService DRAWING = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "formula-drawing");
        t.setDaemon(true); // a formula past its time is abandoned, and must not keep the build from ending
        return t;
    });

    private MathLimits() {
    }

    /** JLaTeXMath loads its fonts and tables on first use, seconds on a busy machine: not a formula's time. */
    private static synchronized void warmUp() {
        if (!warm) {
            MathRenderer.icon("x\\mathbb{R}\\mathcal{L}\\mathrm{d}\\boldsymbol{x}", true);
            warm = true;
        }
    }

    private static boolean warm;

    /** What makes the formula too much work (nesting, length), or null. */
    public static String problem(String latex) {
        if (latex.length() > MAX_LENGTH) {
            return latex.length() + " characters long (at most " + MAX_LENGTH + ")";
        }
        int depth = 0;
        int max = 0;
        for (int i = 0; i < latex.length(); i++) {
            char c = latex.charAt(i);
            if (c == '\\') {
                if (latex.startsWith("left", i + 1) || latex.startsWith("begin", i + 1)) {
                    depth++;
                } else if (latex.startsWith("right", i + 1) || latex.startsWith("end", i + 1)) {
                    depth--;
                }
                i++; // an escaped brace is not a group
            } else if (c == '{') {
                depth++;
            } else if (c == '}') {
                depth--;
            }
            max = Math.max(max, depth);
        }
        return max > MAX_NESTING ? "nested " + max + " levels deep (at most " + MAX_NESTING + ")" : null;
    }

    /** How drawing a formula went: {@code problem} is null when it drew; {@code timedOut} when it ran out of time. */
    public record Drawing(String problem, boolean timedOut) {
    }

    /**
     * Parses and draws the formula within {@link #MAX_MILLIS} (the drawing is cached for the pages). A formula that
     * overruns is abandoned on its daemon thread.
     */
    public static Drawing drawWithin(String latex, boolean display) {
        warmUp();
        Future<?> drawing = DRAWING.submit(() -> MathRenderer.svg(latex, display));
        try {
            drawing.get(MAX_MILLIS, TimeUnit.MILLISECONDS);
            return new Drawing(null, false);
        } catch (TimeoutException e) {
            drawing.cancel(true);
            return new Drawing("it took longer than " + MAX_MILLIS / 1000 + " s to draw", true);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Drawing("drawing was interrupted", true);
        } catch (java.util.concurrent.ExecutionException e) {
            return new Drawing(MathRenderer.problem(e.getCause()), false); // JLaTeXMath fails in more ways than its parser reports
        }
    }
}
