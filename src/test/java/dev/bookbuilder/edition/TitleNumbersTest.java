package dev.bookbuilder.edition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A page whose title carries a number shows no number of the edition's; other titles keep theirs. */
class TitleNumbersTest {

    @ParameterizedTest
    @ValueSource(strings = {"第二章 注意力机制", "第 3 章 训练", "第十二节 小结", "2.1 位置编码", "1.2.3 细节", "3. 推理", "1、引言",
        "一、背景", "Chapter 4 Tokenizers", "Part II Training", "附录A 数学基础", "A.1 记号",
        "Appendix A: Exploring Further", "Appendix B Practice"})
    void titlesWithTheirOwnNumber(String title) {
        assertTrue(TitleNumbers.carriesNumber(title), title);
    }

    @ParameterizedTest
    @ValueSource(strings = {"KV Cache 的原理是什么？", "2024 年的大模型", "7B 模型要多少显存？", "4-bit 量化",
        "Transformer 架构", "7.5B 模型的显存", "第一性原理", "A/B 测试",
        "Appendix and notes"})
    void titlesWithoutOne(String title) {
        assertFalse(TitleNumbers.carriesNumber(title), title);
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource({"第二章 注意力,2", "第十章 x,10", "第十二章 x,12", "第二十三章 x,23", "第 3 章 x,3",
        "Chapter 4 Tokenizers,4", "2. 推理,2", "1 Introduction,1", "注意力,''", "7.5B 模型,''"})
    void theChapterNumberATitleCarries(String title, String number) {
        assertEquals(number, TitleNumbers.chapterNumber(title));
    }

    @Test
    void aNumberedTitleIsShownWithoutTheEditionsNumber() {
        Page chapter = new Page("c", PageKind.CLUSTER, "第二章 注意力", "第二章 注意力", "5", null, null, dev.bookbuilder.i18n.Labels.of("zh-CN"));
        Page plain = new Page("d", PageKind.CLUSTER, "注意力", "注意力", "5", null, null, dev.bookbuilder.i18n.Labels.of("zh-CN"));
        assertEquals("第二章 注意力", chapter.numberedTitle(true));
        assertEquals("", chapter.displayNumber());
        assertEquals("第\u20095\u2009章 注意力", plain.numberedTitle(true)); // with the Han–Latin gap
    }
}
