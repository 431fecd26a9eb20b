package dev.bookbuilder.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** MyST admonition fences come in as the callouts they stand for; other braced fences stay code. */
@Tag("fast")
class MystAdmonitionsTest {
    @Test
    void anAdmonitionFenceIsACallout() {
        assertEquals("前文\n\n> [!IMPORTANT]\n> 第一行\n>\n> 第二行\n\n后文",
                MystAdmonitions.convert("前文\n\n```{important}\n第一行\n\n第二行\n```\n\n后文"));
    }

    @Test
    void wordsAfterTheNameAreItsTitleAndOptionsGo() {
        assertEquals("> [!TIP]\n> **小提示**\n>\n> 正文",
                MystAdmonitions.convert("```{hint} 小提示\n:class: dropdown\n正文\n```"));
    }

    @Test
    void otherBracedFencesStayCode() {
        String cell = "```{code-cell} python\nprint(1)\n```";
        assertEquals(cell, MystAdmonitions.convert(cell));
    }
}
