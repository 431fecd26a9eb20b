package dev.bookbuilder.pdf;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.openpdf.css.constants.IdentValue;
import org.openpdf.css.style.CalculatedStyle;
import org.openpdf.layout.breaker.BreakPoint;
import org.openpdf.layout.breaker.BreakPointsProvider;
import org.openpdf.layout.breaker.LineBreakingStrategy;
import org.openpdf.text.pdf.hyphenation.HyphenationTree;

/**
 * Hyphenation of Latin words in print, by the TeX patterns of the book's language (Liang's
 * algorithm, in OpenPDF's pattern tree; the patterns are {@code /i18n/hyphenation/<language>.dic}).
 * It adds break points inside words to those of the line breaker it wraps, each marked with the
 * hyphen the renderer draws when it breaks there; only where the style says {@code hyphens: auto}.
 * Code, URLs, acronyms and CamelCase names are never split: only a plain word between spaces or
 * punctuation is. A language without patterns (Chinese) is broken as before.
 */
final class Hyphenation implements LineBreakingStrategy {
    private static final String HYPHEN = "-";
    /** What may stand right before a word: a space, a hyphen or dash, an opening bracket or quote. */
    private static final String WORD_START = "-–—([{\"'“‘";
    private static final Map<String, Optional<Patterns>> LOADED = new ConcurrentHashMap<>();

    private record Patterns(HyphenationTree tree, int left, int right) {
    }

    private final LineBreakingStrategy lines;
    private final Patterns patterns;

    private Hyphenation(LineBreakingStrategy lines, Patterns patterns) {
        this.lines = lines;
        this.patterns = patterns;
    }

    /** {@code lines}, with hyphenation when the language (a BCP 47 tag) has patterns. */
    static LineBreakingStrategy around(LineBreakingStrategy lines, String languageTag) {
        String lang = Locale.forLanguageTag(languageTag == null ? "" : languageTag).getLanguage();
        Optional<Patterns> p = lang.isEmpty() ? Optional.empty() : LOADED.computeIfAbsent(lang, Hyphenation::load);
        return p.<LineBreakingStrategy>map(patterns -> new Hyphenation(lines, patterns)).orElse(lines);
    }

    /** The hyphenation points of one word (how many characters come before each), for tests and layout. */
    int[] points(String word) {
        var h = patterns.tree().hyphenate(word, patterns.left(), patterns.right());
        return h == null ? new int[0] : h.getHyphenationPoints();
    }

    @Override
    public BreakPointsProvider getBreakPointsProvider(String text, String lang, CalculatedStyle style) {
        BreakPointsProvider base = lines.getBreakPointsProvider(text, lang, style);
        return style == null || style.getHyphens() != IdentValue.AUTO ? base : breakPoints(text, lang, base);
    }

    /** The break points of {@code base}, with those inside its words added in order. */
    BreakPointsProvider breakPoints(String text, String lang, BreakPointsProvider base) {
        Deque<BreakPoint> pending = new ArrayDeque<>();
        int[] previous = {0};
        return () -> {
            if (pending.isEmpty()) {
                BreakPoint next = base.next();
                if (next == null || next.getPosition() < 0 || next.getPosition() > text.length()) {
                    return next;
                }
                inWord(text, previous[0], next.getPosition(), pending);
                pending.add(next);
                previous[0] = next.getPosition();
            }
            return pending.poll();
        };
    }

    /** Adds a hyphenated break point for each hyphenation point of the word between {@code from} and {@code to}. */
    private void inWord(String text, int from, int to, Deque<BreakPoint> out) {
        int start = from;
        while (start < to && !Character.isLetterOrDigit(text.charAt(start))) {
            start++;
        }
        if (start > 0 && WORD_START.indexOf(text.charAt(start - 1)) < 0 && !Character.isWhitespace(text.charAt(start - 1))) {
            return; // inside a URL or a path: "…/characterization"
        }
        int end = start;
        while (end < to && isLatinLetter(text.charAt(end))) {
            end++;
        }
        for (int i = end; i < to; i++) {
            if (Character.isLetterOrDigit(text.charAt(i))) {
                return; // a name, a path or a number ("GPT4", "a.b", "x_1"): not a word to split
            }
        }
        if (end - start < patterns.left() + patterns.right() || !plainWord(text.substring(start, end))) {
            return;
        }
        for (int point : points(text.substring(start, end))) {
            BreakPoint bp = new BreakPoint(start + point);
            bp.setHyphen(HYPHEN);
            out.add(bp);
        }
    }

    private static boolean isLatinLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    /** Lower case after an optional capital: "Transformer", not "GPU" or "PyTorch". */
    private static boolean plainWord(String w) {
        for (int i = 1; i < w.length(); i++) {
            if (Character.isUpperCase(w.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static Optional<Patterns> load(String language) {
        try (InputStream in = Hyphenation.class.getResourceAsStream("/i18n/hyphenation/" + language + ".dic")) {
            if (in == null) {
                return Optional.empty();
            }
            // OpenPDF's tree reads the XML form of Apache FOP (its parser skips whatever precedes the first ">"): written from the .dic.
            StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><hyphenation-info><classes>");
            for (char c = 'a'; c <= 'z'; c++) {
                xml.append(c).append(Character.toUpperCase(c)).append(' '); // A matches the patterns' a
            }
            xml.append("</classes><patterns>");
            int left = 2;
            int right = 3;
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String p = line.strip();
                if (p.startsWith("LEFTHYPHENMIN ")) {
                    left = Integer.parseInt(p.substring(14).strip());
                } else if (p.startsWith("RIGHTHYPHENMIN ")) {
                    right = Integer.parseInt(p.substring(15).strip());
                } else if (p.matches("[a-z.0-9]+") && p.chars().anyMatch(Character::isLetter)) {
                    xml.append(p).append('\n');
                }
                // The charset line, comments and patterns with ligatures (ﬁ) or other letters are not for this tree.
            }
            HyphenationTree tree = new HyphenationTree();
            tree.loadSimplePatterns(new java.io.ByteArrayInputStream(xml.append("</patterns></hyphenation-info>").toString()
                    .getBytes(StandardCharsets.UTF_8)));
            return Optional.of(new Patterns(tree, left, right));
        } catch (IOException e) {
            throw new UncheckedIOException("hyphenation patterns for " + language, e);
        }
    }
}
