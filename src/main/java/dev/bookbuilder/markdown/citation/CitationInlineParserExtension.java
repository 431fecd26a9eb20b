package dev.bookbuilder.markdown.citation;

import dev.bookbuilder.markdown.ext.InlineSyntax;
import com.vladsch.flexmark.parser.LightInlineParser;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Recognises pandoc-style citations {@code [@key]}, {@code [@a; @b, p. 4]}; other brackets, and a bracket followed by
 * {@code (} or {@code [}, are left to links (pandoc's rule). */
public final class CitationInlineParserExtension extends InlineSyntax {
    private static final Pattern CITATION = Pattern.compile("\\[(@[\\w:.\\-]+(?:,[^;\\]\\[]*)?(?:;\\s*@[\\w:.\\-]+(?:,[^;\\]\\[]*)?)*)\\]");
    private static final Pattern REF = Pattern.compile("@([\\w:.\\-]+)(?:,\\s*([^;]*))?");

    public CitationInlineParserExtension(LightInlineParser parser) {
        // flexmark makes one per parser; the syntax needs nothing from it
    }

    @Override
    public boolean parse(LightInlineParser parser) {
        BasedSequence input = parser.getInput();
        int start = parser.getIndex();
        if (start + 1 >= input.length() || input.charAt(start + 1) != '@') {
            return false;
        }
        Matcher m = CITATION.matcher(input.toString());
        m.region(start, input.length());
        // Pandoc's rule: [@user](url) and [@x][ref] are links, not citations.
        if (!m.lookingAt() || m.end() < input.length() && (input.charAt(m.end()) == '(' || input.charAt(m.end()) == '[')) {
            return false;
        }
        List<Citation.Ref> refs = new ArrayList<>();
        for (String part : m.group(1).split(";")) {
            Matcher r = REF.matcher(part.strip());
            if (r.matches()) {
                refs.add(new Citation.Ref(r.group(1), r.group(2) == null ? "" : r.group(2).strip()));
            }
        }
        parser.flushTextNode();
        parser.getBlock().appendChild(new Citation(input.subSequence(start, m.end()), refs));
        parser.setIndex(m.end());
        return true;
    }
}
