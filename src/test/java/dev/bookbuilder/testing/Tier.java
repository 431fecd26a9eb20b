package dev.bookbuilder.testing;

import java.util.Set;

/**
 * Which tier of the tests is running. {@code ./book test --fast} runs Maven with {@code -Dgroups=fast}, and
 * surefire passes it on as a system property: there a test may build less (the EPUB alone) when what it
 * asserts does not need the rest; the full tier ({@code ./book test}) builds everything.
 */
public final class Tier {
    private Tier() {
    }

    public static boolean fast() {
        return "fast".equals(System.getProperty("groups"));
    }

    /** The formats a test build writes: the EPUB alone in the fast tier, the default formats in the full one. */
    public static Set<String> formats() {
        return fast() ? Set.of("epub") : Set.of();
    }
}
