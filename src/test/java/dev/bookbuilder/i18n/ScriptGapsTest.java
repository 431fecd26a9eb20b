package dev.bookbuilder.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.bookbuilder.edition.Page;
import dev.bookbuilder.edition.PageKind;
import dev.bookbuilder.edition.TitleNumbers;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The Han–Latin gap: in text, and in titles wherever they are shown (contents, running heads, headings). */
@Tag("fast")
class ScriptGapsTest {
    private static final String G = "\u2009";

    @Test
    void gapsWhereHanMeetsLatinOrDigits() {
        assertEquals("Prompt" + G + "工程篇", ScriptGaps.space("Prompt工程篇"));
        assertEquals("大模型面试" + G + "100" + G + "问", ScriptGaps.space("大模型面试100问"));
        assertEquals("缓存" + G + "K/V", ScriptGaps.space("缓存K/V"));
    }

    @Test
    void leavesTypedSpacesPunctuationAndOtherScriptsAlone() {
        String typed = "FlashAttention 为什么快？（v1）";
        assertSame(typed, ScriptGaps.space(typed));
        assertEquals("Attention is all you need", ScriptGaps.space("Attention is all you need"));
        assertEquals("「GPT」", ScriptGaps.space("「GPT」"));
        assertEquals(null, ScriptGaps.space(null));
    }

    @Test
    void pageTitlesCarryTheGapAndStillShowTheirOwnNumbers() {
        Page p = new Page("p", PageKind.CLUSTER, "RAG与Agent篇", "RAG与Agent", "5", null, null, Labels.of("zh-CN"));
        assertEquals("RAG" + G + "与" + G + "Agent" + G + "篇", p.title());
        assertEquals("RAG" + G + "与" + G + "Agent", p.shortTitle());
        // "第3章" becomes "第 3 章" on display: still a title that carries its own number.
        assertEquals("3", TitleNumbers.chapterNumber(ScriptGaps.space("第3章 注意力")));
        assertEquals(true, TitleNumbers.carriesNumber(ScriptGaps.space("第3章 注意力")));
    }
}
