package dev.bookbuilder.epub;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Results kept from one build to the next in a long-lived process ({@code build --watch}), keyed by a
 * digest of everything the result depends on, so an unchanged page is not marked up or compressed again.
 * Only what the last build used stays: {@link #nextBuild()} drops the rest. Thread-safe.
 */
final class BuildMemo<V> {
    private volatile Map<String, V> previous = Map.of();
    private volatile Map<String, V> current = new ConcurrentHashMap<>();
    /** Off in a one-off build: there is no next build, and keeping every page would only raise the peak memory. */
    private volatile boolean keep;

    BuildMemo() {
        this(false);
    }

    BuildMemo(boolean keep) {
        this.keep = keep;
    }

    /** From now on, keep results for the next build (a watch process). */
    void keep() {
        keep = true;
    }

    /** Starts a build: the entries the previous build did not use are dropped. */
    synchronized void nextBuild() {
        previous = current;
        current = new ConcurrentHashMap<>();
    }

    /** The kept result for the key, else {@code make}'s; the key is computed only when results are kept (digests cost). */
    V get(Supplier<String> keyOf, Supplier<V> make) {
        if (!keep) {
            return make.get();
        }
        String key = keyOf.get();
        Map<String, V> now = current;
        V v = now.get(key);
        if (v == null) {
            v = previous.get(key);
            if (v == null) {
                v = make.get();
            }
            now.put(key, v);
        }
        return v;
    }

    int size() {
        return current.size();
    }

    /** A SHA-256 digest of the parts (strings as UTF-8, byte arrays as they are), each preceded by its length. */
    static String key(Object... parts) {
        MessageDigest md = sha256();
        for (Object p : parts) {
            byte[] bytes = p instanceof byte[] b ? b : String.valueOf(p).getBytes(StandardCharsets.UTF_8);
            md.update(java.nio.ByteBuffer.allocate(4).putInt(bytes.length).array());
            md.update(bytes);
        }
        return java.util.HexFormat.of().formatHex(md.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
