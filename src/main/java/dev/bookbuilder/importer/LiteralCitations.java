package dev.bookbuilder.importer;

import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import dev.bookbuilder.markdown.MarkdownOptions;
import dev.bookbuilder.markdown.citation.Citation;
import java.util.ArrayList;
import java.util.List;

/**
 * Text the builder would read as a citation, {@code [@lap_mat]}, in a book that has no {@code references.bib}:
 * GitHub, mdBook and docsify show it as written, so the imported page escapes its bracket ({@code \[@lap_mat]})
 * and shows it so too, instead of stopping the build at {@code unknown-citation}. (datawhalechina/pumpkin-book
 * keeps pandoc keys for its LaTeX edition in pages that docsify shows.)
 */
final class LiteralCitations {
    private static final Parser PARSER = Parser.builder(MarkdownOptions.options()).build();

    private LiteralCitations() {
    }

    /** {@code text} with a backslash before each citation's opening bracket; each one noted at its line. */
    static String escape(String text, String page, ImportNotes notes) {
        List<Integer> at = new ArrayList<>(); // offsets of the citations' brackets
        for (Node n : PARSER.parse(text).getDescendants()) {
            if (n instanceof Citation c) {
                at.add(c.getStartOffset());
                notes.add(page + ":" + (c.getLineNumber() + 1), "`" + c.getChars() + "` reads as a citation, and the book has no "
                        + "references.bib: shown as written, `\\" + c.getChars() + "`");
            }
        }
        StringBuilder out = new StringBuilder(text);
        for (int i = at.size() - 1; i >= 0; i--) {
            out.insert(at.get(i).intValue(), '\\');
        }
        return out.toString();
    }
}
