package dev.bookbuilder.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** GitBook's templating as DjangoGirls/tutorial (one language of a multilingual GitBook) uses it, done at import. */
@Tag("fast")
class GitBookTemplatesTest {

    @Test
    void includesVariablesRawBlocksAndFileLabelsAreDoneAsGitBookDoesThem(@TempDir Path tmp) throws IOException {
        Files.writeString(tmp.resolve("LANGS.md"), "* [English](en/)\n");
        Files.writeString(tmp.resolve("book.json"), "{\n    \"gitbook\": \">=3.2.0\",\n    \"variables\": {\n      \"docs_version\": \"5.2\"\n    }\n}\n");
        Path en = Files.createDirectories(tmp.resolve("en/deploy")).getParent();
        Files.writeString(en.resolve("deploy/install_git.md"), "Install Git, see ![git](images/git.png) and {{ book.docs_version }}.\n");
        Files.writeString(tmp.resolve("en/SUMMARY.md"), "# Summary\n\n* [Deploy](deploy/README.md)\n");
        Files.writeString(en.resolve("deploy/README.md"), "# Deploy!\n\n{% include \"/deploy/install_git.md\" %}\n\n"
                + "See https://docs.djangoproject.com/en/{{ book.docs_version }}/ in {{ book.language }}, not {{ book.nothing }}.\n\n"
                + "{% raw %}Between `{% for %}` and `{{ book.docs_version }}`{% endraw %}\n\n"
                + "{% filename %}blog/views.py{% endfilename %}\n```python\nfrom django.shortcuts import render\n```\n\n"
                + "{% filename %}command-line{% endfilename %}\n```\n$ python manage.py\n```\n");
        Path to = tmp.resolve("chapters");
        BookImporter.Report report = new BookImporter().importBook(tmp.resolve("en"), to);
        assertEquals("# Deploy!\n\nInstall Git, see ![git](images/git.png) and 5.2.\n\n"
                + "See https://docs.djangoproject.com/en/5.2/ in en, not {{ book.nothing }}.\n\n"
                + "Between `{% for %}` and `{{ book.docs_version }}`\n\n"
                + "```python title=\"blog/views.py\"\nfrom django.shortcuts import render\n```\n\n"
                + "```title=\"command-line\"\n$ python manage.py\n```\n", Files.readString(to.resolve("01-deploy/cluster.md")));
        assertEquals(List.of("deploy/README.md: `{{ book.nothing }}`: book.json has no such variable: left as written"), report.notes());
    }

    /** GitBook's README is its first chapter, "Introduction"; its heading titles the book, not the folder's name (`en`). */
    @Test
    void aGitBookIsTitledByItsReadme(@TempDir Path tmp) throws IOException {
        Path ko = Files.createDirectories(tmp.resolve("ko"));
        Files.writeString(ko.resolve("SUMMARY.md"), "# 목차\n\n*   [들어가며](README.md)\n*   [설치하기](installation/README.md)\n");
        Files.writeString(ko.resolve("README.md"), "# 장고걸스 튜토리얼 (Django Girls Tutorial)\n\n안녕하세요.\n");
        Files.createDirectories(ko.resolve("installation"));
        Files.writeString(ko.resolve("installation/README.md"), "# 설치하기\n");
        Path to = tmp.resolve("chapters");
        new BookImporter().importBook(ko, to);
        String yml = Files.readString(to.resolve("book.yml"));
        assertTrue(yml.contains("title: \"장고걸스 튜토리얼 (Django Girls Tutorial)\"\nlanguage: ko\n"), yml);
    }
}
