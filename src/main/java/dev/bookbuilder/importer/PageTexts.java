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
        SiteExpansion site = siteExpansion(from, root, style, notes);
        boolean bibliography = Files.isRegularFile(root.resolve("references.bib"));
        Diagnostics unreadable = new Diagnostics();
        Map<String, String> texts = new LinkedHashMap<>();
        for (String page : pages) {
            Path file = root.resolve(page);
            String text = SourceFiles.read(root, file, unreadable).orElse("");
            text = MystAdmonitions.convert(site.expand(text, file, page));
            texts.put(page, bibliography ? text : LiteralCitations.escape(text, page, notes));
        }
        unreadable.throwIfErrors();
        return texts;
    }

    /** What the site's own build does to a page's text before showing it: one kind of site, one expansion. */
    interface SiteExpansion {
        /** {@code text} of the page file {@code page}, named {@code where} in the notes, as the site shows it. */
        String expand(String text, Path page, String where);
    }

    private static SiteExpansion siteExpansion(Path from, Path root, String style, ImportNotes notes) {
        return switch (style) {
            case "mdBook" -> {
                MdBookIncludes includes = new MdBookIncludes(OtherFiles.repositoryRoot(from), notes);
                yield (text, page, where) -> RustHiddenLines.strip(includes.expand(text, page, where));
            }
            case "docsify" -> {
                DocsifyEmbeds embeds = new DocsifyEmbeds(OtherFiles.repositoryRoot(from), notes);
                yield (text, page, where) -> DocsifyAlerts.convert(embeds.expand(text, page, where));
            }
            case "GitBook" -> GitBookTemplates.of(root, notes)::expand;
            default -> (text, page, where) -> text;
        };
    }
}
