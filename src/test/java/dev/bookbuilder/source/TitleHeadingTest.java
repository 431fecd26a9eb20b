package dev.bookbuilder.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** A page's title from its first heading: Markdown's {@code #}, else an HTML {@code <h1>} in either case. */
@Tag("fast")
class TitleHeadingTest {
    @Test
    void markdownHeadingFirst() {
        TitleHeading h = TitleHeading.find("intro\n# The **[Title](x.md)**\ntext\n");
        assertEquals("The Title", h.title());
        assertEquals("intro\n\ntext\n", h.bodyWithout(), "the heading's line stays, blank, so lines keep their numbers");
    }

    @Test
    void htmlHeadingInEitherCase() {
        assertEquals("注意力", TitleHeading.find("<p align=\"center\"><h1 class=\"t\">注意力</h1></p>\n").title());
        TitleHeading upper = TitleHeading.find("<H1>Attention &amp; <em>more</em></H1 >\nbody\n");
        assertEquals("Attention & more", upper.title());
        assertEquals("\nbody\n", upper.bodyWithout());
    }

    @Test
    void noHeadingOrOnlyInsideAFence() {
        assertNull(TitleHeading.find("plain text <h2>not a title</h2>\n"));
        assertNull(TitleHeading.find("```\n# not a heading\n<h1>nor this</h1>\n```\n"));
    }

    /** getify/You-Dont-Know-JS: the book's title over every page; the page's own heading right below titles it. */
    @Test
    void aRunningHeadOverThePagesHeadingIsNotItsTitle() {
        TitleHeading h = TitleHeading.find("# You Know JS\n# Chapter 1: What *Is* JS?\n\nText\n", "You Know JS");
        assertEquals("Chapter 1: What Is JS?", h.title());
        assertEquals("\n\n\nText\n", h.bodyWithout(), "both headings leave the body, their lines blank");
        assertEquals("You Know JS", TitleHeading.find("# You Know JS\n\nThe home page.\n# Later\n", "You Know JS").title(),
                "a heading further down is a section of the page");
        assertEquals("Other", TitleHeading.find("# Other\n# Chapter 1\n", "You Know JS").title());
    }

    /** yeasy/docker_practice's sections open with {@code ## 1.1 快速上手} and have no {@code #} heading: it titled them twice (front matter and body). */
    @Test
    void aLowerHeadingOnTheFirstLineTitlesAPageWithoutAHashHeading() {
        TitleHeading h = TitleHeading.find("\n## 1.1 快速上手\n\n开始。\n\n### 1.1.1 准备\n");
        assertEquals("1.1 快速上手", h.title());
        assertEquals("\n\n\n开始。\n\n### 1.1.1 准备\n", h.bodyWithout());
        assertNull(TitleHeading.find("开始。\n\n## 1.1 不在首行\n"), "a heading below the text is a section");
        assertEquals("Title", TitleHeading.find("## Section\n\n# Title\n").title(), "a # heading further down still titles the page");
    }
}
