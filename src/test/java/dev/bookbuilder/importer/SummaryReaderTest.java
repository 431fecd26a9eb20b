package dev.bookbuilder.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Contents files as mdBook, GitBook and docsify write them, and the links of pages that move. */
class SummaryReaderTest {

    @Test
    void aSingleItemHoldingAllOthersIsTheBookItself() {
        String sidebar = """
                - [Happy](./README.md)
                  - [前言](./前言.md)
                  - [第一章 基础](./chapter1/第一章%20基础.md)
                  - [第六章 实践](./chapter6/ch6.md)
                    - [实践说明](./chapter6/readme.md)
                """;
        ImportNotes notes = new ImportNotes();
        Outline o = SummaryReader.read(sidebar, "", "_sidebar.md", notes);
        assertEquals(List.of(new Outline.Entry("Happy", "README.md")), o.front());
        assertEquals(List.of("前言.md", "chapter1/第一章 基础.md", "chapter6/ch6.md"),
                o.chapters().stream().map(c -> c.head().file()).toList());
        assertEquals(List.of(new Outline.Entry("实践说明", "chapter6/readme.md")), o.chapters().get(2).pages());
        assertEquals(List.of(), notes.all());
    }

    /** getify/You-Dont-Know-JS: words and links after an item's link; the Foreword had been left out of the book. */
    @Test
    void anItemIsItsFirstLinkWhateverFollowsIt() {
        Outline o = SummaryReader.read("* [Foreword](foreword.md) (by [Brian Holt](https://twitter.com/holtbt))\n"
                + "* [Get Started](get-started/README.md) | [Buy](https://leanpub.com/x)\n* [A [b] c](c.md)\n", "", "README.md", new ImportNotes());
        assertEquals(List.of(new Outline.Entry("Foreword", "foreword.md"), new Outline.Entry("Get Started", "get-started/README.md"),
                new Outline.Entry("A [b] c", "c.md")), o.chapters().stream().map(Outline.Chapter::head).toList());
    }

    @Test
    void docsifyLinksWithoutExtensionAndFolders() {
        Outline o = SummaryReader.read("- [一](guide/intro)\n- [二](guide/)\n", "", "_sidebar.md", new ImportNotes());
        assertEquals(List.of("guide/intro.md", "guide/README.md"), o.chapters().stream().map(c -> c.head().file()).toList());
    }

    @Test
    void theBooksOwnImagesOnGitHubBecomeLocalAndNameTheRepository() {
        LinkRewriter links = new LinkRewriter(Map.of("ch1/a.md", "01-ch1/cluster.md"), "images/x.png"::equals, "docs",
                new HeadingAnchors(Map.of("ch1/a.md", "# A\n")));
        String out = links.rewrite("![图](https://raw.githubusercontent.com/o/r/main/docs/images/x.png) 和"
                + " ![徽章](https://img.shields.io/badge.svg)\n", "ch1/a.md", "01-ch1/cluster.md", new ImportNotes());
        assertEquals("![图](../images/x.png) 和 [徽章](https://img.shields.io/badge.svg)\n", out);
        assertEquals(List.of("https://github.com/o/r", "main"), List.of(links.repository()));
    }
}
