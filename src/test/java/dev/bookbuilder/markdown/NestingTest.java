package dev.bookbuilder.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Nesting is measured on the text, before flexmark's recursive parser sees it. */
@Tag("fast")
class NestingTest {
    @Test
    void ordinaryPagesPass() {
        assertNull(Nesting.check("> 引用\n> > 套一层\n\n- a\n  - b\n    1. c\n\n---\n\n" + "_".repeat(80) + "\n**粗**体\n"));
        // Code is not nested Markdown, whatever it looks like: a REPL's prompts, a long rule of stars.
        assertNull(Nesting.check("```python\n" + ">>> x\n".repeat(3) + ">".repeat(500) + "\n" + "*".repeat(200) + "x\n```\n"));
    }

    @Test
    void deepQuotesListsAndRunsAreFoundAtTheirLine() {
        String quotes = "前文\n\n" + ">".repeat(10_000) + " x\n";
        assertEquals(3, line(quotes, Nesting.check(quotes)));
        assertNotNull(Nesting.check("- ".repeat(10_000) + "x\n"));
        assertNotNull(Nesting.check("> - ".repeat(40) + "x\n"));
        StringBuilder indented = new StringBuilder();
        for (int i = 0; i < 70; i++) {
            indented.append("  ".repeat(i)).append("- ").append(i).append("\n");
        }
        assertEquals(Nesting.MAX_DEPTH + 1, line(indented.toString(), Nesting.check(indented.toString())));
        assertNotNull(Nesting.check("*".repeat(3000) + "x" + "*".repeat(3000)));
    }

    @Test
    void lazyLinesDoNotHideDepth() {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < 70; i++) {
            s.append("  ".repeat(i)).append("- ").append(i).append("\nlazy\n");
        }
        assertNotNull(Nesting.check(s.toString()));
    }

    private static int line(String text, Nesting.Finding f) {
        return (int) text.substring(0, f.offset()).chars().filter(c -> c == '\n').count() + 1;
    }
}
