package dev.bookbuilder.markdown.index;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.LinkNodeBase;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import dev.bookbuilder.config.Glossary;
import dev.bookbuilder.markdown.Prose;
import dev.bookbuilder.markdown.index.IndexTerm;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Indexes glossary terms automatically: each term (or one of its aliases) at its first
 * occurrence in a question, in {@link Prose} outside links and headings, unless the author marked
 * it already. The words become an {@link IndexTerm} that looks like the text around it.
 */
public final class GlossaryIndexer {
    private final List<Spelling> spellings = new ArrayList<>();

    /** A spelling with what matching needs, computed once: its lower case, and whether it is Latin. */
    private record Spelling(String text, Glossary.Term term, String lower, boolean latin) {
        Spelling(String text, Glossary.Term term) {
            this(text, term, text.toLowerCase(Locale.ROOT), text.chars().anyMatch(c -> c < 0x2E80));
        }
    }

    public GlossaryIndexer(Glossary glossary) {
        for (Glossary.Term t : glossary.terms()) {
            if (t.see() == null) {
                t.spellings().forEach(s -> spellings.add(new Spelling(s, t)));
            }
        }
        // Longer spellings first, so that "KV Cache" is found before "KV".
        spellings.sort(Comparator.comparingInt((Spelling s) -> -s.text().length()));
        for (Spelling sp : spellings) {
            if (sp.lower().isEmpty()) {
                byFirstChar = null; // matches everywhere: only the spelling-by-spelling search keeps its meaning
                break;
            }
            byFirstChar.computeIfAbsent(sp.lower().charAt(0), c -> new ArrayList<>()).add(sp);
        }
    }

    /** The spellings by their first (lower-case) character, each list in {@link #spellings}' order; null: not used. */
    private java.util.Map<Character, List<Spelling>> byFirstChar = new java.util.HashMap<>();

    /** Adds the automatic terms to a question's tree; returns the glossary terms it found. */
    public Set<Glossary.Term> index(Document doc, Glossary glossary) {
        // Terms are compared by identity: a record's hashCode would hash every alias list, per lookup.
        Set<Glossary.Term> done = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (Node n : doc.getDescendants()) {
            if (n instanceof IndexTerm t && glossary.termFor(t.primary()) != null) {
                done.add(glossary.termFor(t.primary())); // the author marked it: leave it to them
            }
        }
        Set<Glossary.Term> found = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        found.addAll(done);
        List<Text> texts = new ArrayList<>();
        for (Node n : doc.getDescendants()) {
            if (n instanceof Text t && eligible(t)) {
                texts.add(t);
            }
        }
        for (Text text : texts) {
            while (true) {
                String s = text.getChars().toString();
                String lower = s.toLowerCase(Locale.ROOT);
                Match first = byFirstChar != null ? firstAt(lower, done) : firstBySpelling(lower, done);
                if (first == null) {
                    break;
                }
                int best = first.at();
                Spelling bestSpelling = first.spelling();
                done.add(bestSpelling.term());
                found.add(bestSpelling.term());
                BasedSequence chars = text.getChars();
                int end = best + bestSpelling.text().length();
                if (best > 0) {
                    text.insertBefore(new Text(chars.subSequence(0, best)));
                }
                text.insertBefore(IndexTerm.automatic(chars.subSequence(best, end)));
                if (end == chars.length()) {
                    text.unlink();
                    break;
                }
                // Keep scanning the rest of this text for other terms.
                text.setChars(chars.subSequence(end));
            }
        }
        return found;
    }

    private record Match(int at, Spelling spelling) {
    }

    /**
     * The earliest match in {@code lower} of a spelling whose term is not done; at one position, the first spelling in
     * {@link #spellings}' order. Scans the text once, trying only the spellings that start with each character.
     */
    private Match firstAt(String lower, Set<Glossary.Term> done) {
        for (int i = 0; i < lower.length(); i++) {
            List<Spelling> candidates = byFirstChar.get(lower.charAt(i));
            if (candidates == null) {
                continue;
            }
            for (Spelling sp : candidates) {
                if (!done.contains(sp.term()) && lower.startsWith(sp.lower(), i) && standsAsWord(lower, i, sp.lower().length(), sp.latin())) {
                    return new Match(i, sp);
                }
            }
        }
        return null;
    }

    /** The same, spelling by spelling (each one's first match, the earliest wins; on a tie the first spelling). */
    private Match firstBySpelling(String lower, Set<Glossary.Term> done) {
        Match best = null;
        for (Spelling sp : spellings) {
            if (done.contains(sp.term())) {
                continue;
            }
            int at = find(lower, sp.lower(), sp.latin());
            if (at >= 0 && (best == null || at < best.at())) {
                best = new Match(at, sp);
            }
        }
        return best;
    }

    /** Prose, and where an index anchor can stand: not inside a link, a heading or an author's own term. */
    private static boolean eligible(Node n) {
        if (!Prose.isProse(n)) {
            return false;
        }
        for (Node p = n.getParent(); p != null; p = p.getParent()) {
            if (p instanceof LinkNodeBase || p instanceof Heading || p instanceof IndexTerm) {
                return false;
            }
        }
        return true;
    }

    /** The first match that stands as a word: Latin spellings need non-letters around them. */
    private static int find(String haystack, String needle, boolean latin) {
        for (int from = 0; ; ) {
            int at = haystack.indexOf(needle, from);
            if (at < 0) {
                return -1;
            }
            if (standsAsWord(haystack, at, needle.length(), latin)) {
                return at;
            }
            from = at + 1;
        }
    }

    /** Whether the match at {@code at} stands as a word: a Latin spelling needs non-letters around it. */
    private static boolean standsAsWord(String haystack, int at, int length, boolean latin) {
        int end = at + length;
        boolean startOk = !latin || at == 0 || !Character.isLetterOrDigit(haystack.charAt(at - 1)) || haystack.charAt(at - 1) > 0x2E80;
        boolean endOk = !latin || end == haystack.length() || !Character.isLetterOrDigit(haystack.charAt(end)) || haystack.charAt(end) > 0x2E80;
        return startOk && endOk;
    }

}
