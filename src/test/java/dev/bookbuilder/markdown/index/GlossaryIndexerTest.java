package dev.bookbuilder.markdown.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import dev.bookbuilder.config.Glossary;
import dev.bookbuilder.markdown.MarkdownOptions;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Automatic index terms: the first occurrence of each glossary term in a question, found in one scan per text. */
@Tag("fast")
class GlossaryIndexerTest {
    private static final Glossary GLOSSARY = new Glossary(List.of(
            term("KV Cache", "键值缓存"), term("KV"), term("注意力", "Attention"), term("Transformer"), term("缓存")));

    private static Glossary.Term term(String name, String... aliases) {
        return new Glossary.Term(name, List.of(aliases), List.of(), null, null, null);
    }

    /** The automatic terms' words, in the order they stand in the text. */
    private static List<String> indexed(String markdown) {
        Document doc = Parser.builder(MarkdownOptions.options()).build().parse(markdown);
        new GlossaryIndexer(GLOSSARY).index(doc, GLOSSARY);
        List<String> out = new ArrayList<>();
        for (Node n : doc.getDescendants()) {
            if (n instanceof IndexTerm t && t.isAutomatic()) {
                out.add(t.getChars().toString());
            }
        }
        return out;
    }

    @Test
    void theLongerSpellingWinsWhereTwoStartTogether() {
        assertEquals(List.of("KV Cache", "KV"), indexed("用 KV Cache 加速，KV 不再重算。"));
        assertEquals(List.of("键值缓存", "缓存"), indexed("键值缓存里的缓存。"), "缓存 inside the longer spelling is not its own term's");
    }

    @Test
    void eachTermOnceAtItsFirstOccurrenceWhateverTheSpelling() {
        assertEquals(List.of("attention", "Transformer"), indexed("先看 attention，再看 Transformer 里的注意力与 Attention。"));
    }

    @Test
    void latinSpellingsStandAsWordsAndChineseOnesAnywhere() {
        assertEquals(List.of("KV"), indexed("KVX 不算，KV 才算。"));
        assertEquals(List.of("注意力"), indexed("多头注意力机制。"));
    }

    @Test
    void headingsAndLinksAreLeftAlone() {
        assertEquals(List.of("Transformer"), indexed("# KV\n\n[注意力](https://example.org) 与 Transformer。"));
    }
}
