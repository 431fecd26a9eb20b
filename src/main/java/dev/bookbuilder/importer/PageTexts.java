package dev.bookbuilder.importer;

import dev.bookbuilder.config.SourceFiles;
import dev.bookbuilder.diag.Diagnostics;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The imported pages' Markdown as their site shows it: read from inside the book as UTF-8, with what the site
 * does when it builds done once (mdBook's includes and hidden Rust lines, docsify's embeds, GitBook's
 * templates; MyST's admonitions as callouts), and citations of a book without references.bib shown as written.
 */
final class PageTexts {
    private PageTexts() {
    }

    /**
     * Each page's text by its path below {@code root}, in the order given.
     *
     * @throws dev.bookbuilder.diag.BuildFailedException when a page cannot be read (not UTF-8), with every such page's position
     */
    static Map<String, String> read(Path from, Path root, String style, Set<String> pages, ImportNotes notes) {
        MdBookIncludes includes = style.equals("mdBook") ? new MdBookIncludes(OtherFiles.repositoryRoot(from), notes) : null;
        GitBookTemplates gitbook = style.equals("GitBook") ? GitBookTemplates.of(root, notes) : null;
        DocsifyEmbeds embeds = style.equals("docsify") ? new DocsifyEmbeds(OtherFiles.repositoryRoot(from), notes) : null;
        boolean bibliography = Files.isRegularFile(root.resolve("references.bib"));
        Diagnostics unreadable = new Diagnostics();
        Map<String, String> texts = new LinkedHashMap<>();
        for (String page : pages) {
            Path file = root.resolve(page);
            String text = SourceFiles.read(root, file, unreadable).orElse("");
            text = includes == null ? text : RustHiddenLines.strip(includes.expand(text, file, page));
            text = embeds == null ? text : embeds.expand(text, file, page);
            text = gitbook == null ? text : gitbook.expand(text, file, page);
            text = MystAdmonitions.convert(text);
            texts.put(page, bibliography ? text : LiteralCitations.escape(text, page, notes));
        }
        unreadable.throwIfErrors();
        return texts;
    }
}
