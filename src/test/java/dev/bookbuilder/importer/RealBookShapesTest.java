package dev.bookbuilder.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Shapes found in public books on their first import: DoctorWkt/acwj's {@code 01_Scanner/Readme.md} folders,
 * rust-embedded/book's links to {@code naming.html#c-crate-name} and its {@code <a id="c-zst-pin"></a>} before a heading.
 */
@Tag("fast")
class RealBookShapesTest {

    @Test
    void aReadmeInAnyLetterCaseOpensItsFolderAndTheBook(@TempDir Path tmp) throws IOException {
        Path from = Files.createDirectories(tmp.resolve("acwj"));
        Files.writeString(from.resolve("Readme.md"), "# A Compiler Writing Journey\n\nA journey.\n");
        Path scanner = Files.createDirectories(from.resolve("01_Scanner"));
        Files.writeString(scanner.resolve("Readme.md"), "# Part 1: Introduction to Lexical Scanning\n\nTokens.\n");
        Files.writeString(scanner.resolve("scan.c"), "int next(void);\n");
        Path to = tmp.resolve("chapters");
        BookImporter.Report report = new BookImporter().importBook(from, to);
        assertEquals(1, report.chapters());
        String yml = Files.readString(to.resolve("book.yml"));
        assertTrue(yml.contains("title: \"A Compiler Writing Journey\""), yml);
        assertTrue(yml.contains("front: [front/01-home.md]"), yml);
        assertTrue(yml.contains("  - 01-scanner\n"), "the chapter's id comes from its folder: " + yml);
        assertEquals("# Part 1: Introduction to Lexical Scanning\n\nTokens.\n", Files.readString(to.resolve("01-scanner/cluster.md")));
        assertTrue(Files.isRegularFile(to.resolve("01_Scanner/scan.c")), "the code beside it is copied");
        assertTrue(Files.notExists(to.resolve("01_Scanner/Readme.md")), "the README is a page, not a copied file");
        assertFalse(yml.contains("repository:"), "no clone, no repository: " + yml);
    }

    /** A clone's origin names the repository, so links to its code files (acwj's scan.c) point there instead of being plain text. */
    @Test
    void aClonesOriginIsTheBooksRepository(@TempDir Path tmp) throws IOException {
        Path from = Files.createDirectories(tmp.resolve("acwj/01_Scanner"));
        Files.writeString(from.resolve("Readme.md"), "# Part 1\n\nSee [scan.c](scan.c).\n");
        Files.writeString(from.resolve("scan.c"), "int next(void);\n");
        Path git = Files.createDirectories(tmp.resolve("acwj/.git"));
        Files.writeString(git.resolve("config"), "[core]\n\tbare = false\n[remote \"upstream\"]\n\turl = https://github.com/else/where.git\n"
                + "[remote \"origin\"]\n\turl = git@github.com:DoctorWkt/acwj.git\n\tfetch = +refs/heads/*:refs/remotes/origin/*\n"
                + "[branch \"master\"]\n\tremote = origin\n");
        Files.writeString(git.resolve("HEAD"), "ref: refs/heads/master\n");
        Path to = tmp.resolve("chapters");
        new BookImporter().importBook(tmp.resolve("acwj"), to);
        String yml = Files.readString(to.resolve("book.yml"));
        assertTrue(yml.endsWith("repository:\n  url: https://github.com/DoctorWkt/acwj\n  branch: \"master\"\n"), yml);
        assertTrue(Files.notExists(to.resolve(".git")), "git's own files are not copied");
    }

    /** pumpkin-book's home page embeds the repository's README by its raw GitHub address; a page may embed a part and code. */
    @Test
    void docsifyEmbedsOfTheBooksOwnFilesAreDoneAndOthersStayLinks(@TempDir Path tmp) throws IOException {
        Path repo = Files.createDirectories(tmp.resolve("pumpkin-book"));
        Path docs = Files.createDirectories(repo.resolve("docs/chapter1"));
        Files.writeString(repo.resolve("README.md"), "南瓜书旨在对西瓜书里比较难理解的公式加以解析。\n\n![封面](docs/chapter1/cover.png)\n");
        Files.writeString(repo.resolve("docs/_sidebar.md"), "- [第1章 绪论](chapter1/chapter1.md)\n");
        Files.writeString(repo.resolve("docs/index.html"), "<script>window.$docsify = {name: '南瓜书PumpkinBook'}</script>\n");
        Files.writeString(repo.resolve("docs/README.md"),
                "[filename](https://raw.githubusercontent.com/datawhalechina/pumpkin-book/refs/heads/master/README.md ':include')\n\n"
                + "[other](https://raw.githubusercontent.com/someone/else/main/README.md ':include')\n");
        Files.writeString(docs.resolve("chapter1.md"), "# 第1章 绪论\n\n[part](part.md \":include\")\n\n[code](fit.py ':include :type=code')\n");
        Files.writeString(docs.resolve("part.md"), "式(1.1)的推导。\n");
        Files.writeString(docs.resolve("fit.py"), "print('fit')\n");
        Files.write(docs.resolve("cover.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
        Path to = tmp.resolve("chapters");
        BookImporter.Report report = new BookImporter().importBook(repo, to);
        assertEquals("---\ntitle: \"南瓜书PumpkinBook\"\n---\n\n南瓜书旨在对西瓜书里比较难理解的公式加以解析。\n\n![封面](../chapter1/cover.png)\n\n"
                + "[other](https://raw.githubusercontent.com/someone/else/main/README.md ':include')\n", Files.readString(to.resolve("front/01-home.md")));
        assertEquals("# 第1章 绪论\n\n式(1.1)的推导。\n\n```py\nprint('fit')\n```\n", Files.readString(to.resolve("01-chapter1/cluster.md")));
        assertEquals(List.of("README.md: docsify embed `https://raw.githubusercontent.com/someone/else/main/README.md`: not a file of this book: "
                + "left as a link"), report.notes());
    }

    /** A GitHub book whose README lists its pages, with no SUMMARY.md and no numbers in its file names. */
    @Test
    void aReadmesListOfLinksToPagesIsTheContentsWhenNothingElseIs(@TempDir Path tmp) throws IOException {
        Path from = Files.createDirectories(tmp.resolve("guide/docs"));
        Files.writeString(tmp.resolve("guide/README.md"), "# My Guide\n\n- Fast\n- [Website](https://example.com)\n\n## Contents\n\n"
                + "- [Getting started](docs/start.md)\n  - [Install](docs/install.md)\n  - [Gone](docs/gone.md)\n- [Usage](docs/usage.md)\n"
                + "- [License](LICENSE)\n");
        for (String page : List.of("start", "install", "usage")) {
            Files.writeString(from.resolve(page + ".md"), "# " + page + "\n");
        }
        Files.writeString(tmp.resolve("guide/LICENSE"), "MIT\n");
        Path to = tmp.resolve("chapters");
        BookImporter.Report report = new BookImporter().importBook(tmp.resolve("guide"), to);
        assertEquals(List.of("README.md: no SUMMARY.md and no numbered files: the README's list of links to 3 page(s) is the contents",
                "README.md:10: `docs/gone.md` names no file of the book: its link text is kept as text"), report.notes());
        assertEquals(2, report.chapters());
        String yml = Files.readString(to.resolve("book.yml"));
        assertTrue(yml.contains("title: \"My Guide\"\nlanguage: en\nfront: [front/01-home.md]\nclusters:\n  - 01-start\n  - 02-usage\n"), yml);
        assertEquals("# install\n", Files.readString(to.resolve("01-start/01-install.md")));
    }

    /** DjangoGirls/tutorial has a chapter css/README.md: its id would be `css`, which the EPUB keeps for its stylesheets. */
    @Test
    void idsTheBuilderKeepsForItsOwnFilesAreNotGivenToPages(@TempDir Path tmp) throws IOException {
        Path from = Files.createDirectories(tmp.resolve("tutorial/css"));
        Files.writeString(tmp.resolve("tutorial/SUMMARY.md"), "# Summary\n\n* [CSS](css/README.md)\n* [Nav](nav.md)\n  * [Images](img1.md)\n");
        Files.writeString(from.resolve("README.md"), "# CSS – make it pretty!\n");
        Files.writeString(tmp.resolve("tutorial/nav.md"), "# Nav\n");
        Files.writeString(tmp.resolve("tutorial/img1.md"), "# Images\n");
        Path to = tmp.resolve("chapters");
        new BookImporter().importBook(tmp.resolve("tutorial"), to);
        assertTrue(Files.isRegularFile(to.resolve("01-css-2/cluster.md")), "not 01-css");
        assertTrue(Files.isRegularFile(to.resolve("02-nav-2/01-img1-2.md")), "not 02-nav, not 01-img1");
    }

    private static final Map<String, String> PAGES = new LinkedHashMap<>();

    static {
        PAGES.put("hal/index.md", "# HAL Design Patterns\n");
        PAGES.put("hal/checklist.md", "# Checklist\n\n- Crates are named [C-CRATE-NAME], see [GPIO](gpio.html#c-zst-pin)"
                + " and [the patterns](index.html).\n\n[C-CRATE-NAME]: naming.html#c-crate-name\n");
        PAGES.put("hal/naming.md", "# Naming\n\n<a id=\"c-crate-name\"></a>\n## The crate is named `*-hal` (C-CRATE-NAME)\n");
        PAGES.put("hal/gpio.md", "# GPIO\n\n<a id=\"c-zst-pin\"></a>\n## Pin types are zero-sized by default (C-ZST-PIN)\n");
    }

    @Test
    void linksToMdBooksHtmlPagesAndHtmlAnchorsReachThePageAndItsHeading() {
        Map<String, String> moved = Map.of("hal/index.md", "08-hal/cluster.md", "hal/checklist.md", "08-hal/01-checklist.md",
                "hal/naming.md", "08-hal/02-naming.md", "hal/gpio.md", "08-hal/03-gpio.md");
        LinkRewriter links = new LinkRewriter(moved, p -> false, "", new HeadingAnchors(PAGES));
        ImportNotes notes = new ImportNotes();
        assertEquals("# Checklist\n\n- Crates are named [C-CRATE-NAME], see [GPIO](03-gpio.md#pin-types-are-zero-sized-by-default-c-zst-pin)"
                + " and [the patterns](cluster.md).\n\n[C-CRATE-NAME]: 02-naming.md#the-crate-is-named--hal-c-crate-name\n",
                links.rewrite(PAGES.get("hal/checklist.md"), "hal/checklist.md", "08-hal/01-checklist.md", notes));
        assertEquals(List.of(
                "hal/checklist.md:3: `gpio.html#c-zst-pin` points at `hal/gpio.md#pin-types-are-zero-sized-by-default-c-zst-pin`, the heading it names",
                "hal/checklist.md:5: `naming.html#c-crate-name` points at `hal/naming.md#the-crate-is-named--hal-c-crate-name`, the heading it names"),
                notes.all());
    }

    @Test
    void aDocsifySitesNameTitlesItAndCitationsOfABookWithoutReferencesBibAreShownAsWritten(@TempDir Path tmp) throws IOException {
        Path from = Files.createDirectories(tmp.resolve("pumpkin/docs"));
        Files.writeString(from.resolve("_sidebar.md"), "- [第13章 半监督学习](chapter13/chapter13.md)\n");
        Files.writeString(from.resolve("index.html"), "<title>Document</title>\n<script>\n    window.$docsify = {\n"
                + "      loadSidebar: true,\n      name: '南瓜书<small>PumpkinBook</small>',\n    }\n</script>\n");
        Files.createDirectories(from.resolve("chapter13"));
        Files.writeString(from.resolve("chapter13/chapter13.md"), "# 第13章 半监督学习\n\n特征值在 [0,1] 之间[@lap_mat]，见原文献[@zhou2003learning]中式(4)。\n\n"
                + "`[@code]` 与 [@user](https://github.com/user) 不变。\n");
        Path to = tmp.resolve("chapters");
        BookImporter.Report report = new BookImporter().importBook(tmp.resolve("pumpkin"), to);
        assertEquals("# 第13章 半监督学习\n\n特征值在 [0,1] 之间\\[@lap_mat]，见原文献\\[@zhou2003learning]中式(4)。\n\n"
                + "`[@code]` 与 [@user](https://github.com/user) 不变。\n", Files.readString(to.resolve("01-chapter13/cluster.md")));
        assertEquals(List.of("chapter13/chapter13.md:3: `[@lap_mat]` reads as a citation, and the book has no references.bib: "
                + "shown as written, `\\[@lap_mat]`", "chapter13/chapter13.md:3: `[@zhou2003learning]` reads as a citation, and the book has "
                + "no references.bib: shown as written, `\\[@zhou2003learning]`"), report.notes());
        String yml = Files.readString(to.resolve("book.yml"));
        assertTrue(yml.contains("title: \"南瓜书PumpkinBook\"\n"), "docsify's name titles the book: " + yml);
    }
}
