package dev.bookbuilder.config;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The index vocabulary of glossary.yml: terms with their aliases, see and see-also references,
 * and sort keys for readings a machine gets wrong (长, 重, 行).
 */
public record Glossary(List<Term> terms, Map<String, Term> bySpelling) {
    public static final Glossary EMPTY = new Glossary(List.of());

    /** The glossary of these terms, with its lookup by spelling built once. */
    public Glossary(List<Term> terms) {
        this(terms, index(terms));
    }

    /**
     * One term.
     *
     * @param see  the term this one only points to, or null
     * @param sort the reading to sort by (pinyin or Latin), or null
     */
    public record Term(String term, List<String> aliases, List<String> seeAlso, String see, String sort, Position position) {
        /** The term and its aliases: every spelling that indexes it. */
        public List<String> spellings() {
            return java.util.stream.Stream.concat(java.util.stream.Stream.of(term), aliases.stream()).toList();
        }
    }

    /** The glossary term a spelling (a term or an alias, in any letter case) belongs to, or null. */
    public Term termFor(String spelling) {
        return bySpelling.get(spelling.strip().toLowerCase(Locale.ROOT));
    }

    private static Map<String, Term> index(List<Term> terms) {
        Map<String, Term> map = new HashMap<>();
        for (Term t : terms) {
            for (String s : t.spellings()) {
                map.putIfAbsent(s.toLowerCase(Locale.ROOT), t);
            }
        }
        return Map.copyOf(map);
    }
}
