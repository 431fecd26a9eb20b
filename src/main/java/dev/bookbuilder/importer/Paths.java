package dev.bookbuilder.importer;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/** Relative paths with '/' below a book's root, as links write them. */
final class Paths {
    private Paths() {
    }

    /** {@code dir/relative} normalized below the root ({@code /x} from the root, as docsify writes), or null above it. */
    static String resolve(String dir, String relative) {
        return dev.bookbuilder.markdown.LinkChecker.resolvePath(dir, relative); // one resolver for links and imports
    }

    /** The path from folder {@code fromDir} to {@code target}, both below the root. */
    static String relative(String fromDir, String target) {
        String[] from = fromDir.isEmpty() ? new String[0] : fromDir.split("/");
        String[] to = target.split("/");
        int common = 0;
        while (common < from.length && common < to.length - 1 && from[common].equals(to[common])) {
            common++;
        }
        StringBuilder out = new StringBuilder();
        for (int i = common; i < from.length; i++) {
            out.append("../");
        }
        for (int i = common; i < to.length; i++) {
            out.append(to[i]).append(i < to.length - 1 ? "/" : "");
        }
        return out.toString();
    }

    static String dirOf(String rel) {
        int slash = rel.lastIndexOf('/');
        return slash < 0 ? "" : rel.substring(0, slash);
    }

    static String decode(String s) {
        try {
            return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return s;
        }
    }
}
