package dev.bookbuilder.markdown;

import dev.bookbuilder.config.Position;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.util.ast.Node;
import dev.bookbuilder.config.RepositoryConfig;
import dev.bookbuilder.diag.Diagnostics;
import dev.bookbuilder.markdown.ext.FileLink;
import dev.bookbuilder.source.SourceText;
import java.util.List;
import java.util.Optional;

/**
 * Links to files of the book's folder that are not pages (code, data, folders): a reader of the book
 * needs them as addresses in the book's repository, or, when book.yml names none, as their words.
 */
final class FileLinks {
    private final Optional<RepositoryConfig> repository;
    private final Diagnostics diags;

    FileLinks(Optional<RepositoryConfig> repository, Diagnostics diags) {
        this.repository = repository;
        this.diags = diags;
    }

    /** Replaces {@code link}, which points at {@code rel} (below the source root; a folder when {@code folder}). */
    void replace(Link link, String rel, boolean folder, String fragment, SourceText text) {
        if (repository.isPresent()) {
            String url = repository.get().fileUrl(rel, folder) + (fragment == null || fragment.isEmpty() ? "" : "#" + fragment);
            FileLink out = new FileLink(link.getChars(), url);
            List.copyOf(iterable(link)).forEach(out::appendChild);
            link.insertBefore(out);
        } else {
            Position where = text.at(link.getStartOffset());
            diags.warning("file-link", where, "`" + link.getUrl() + "` is a " + (folder ? "folder" : "file")
                    + " of the book, not a page: its link text is shown without a link (name the repository in book.yml's"
                    + " `repository:` to link to it there)");
            List.copyOf(iterable(link)).forEach(link::insertBefore);
        }
        link.unlink();
    }

    private static List<Node> iterable(Node n) {
        java.util.ArrayList<Node> out = new java.util.ArrayList<>();
        n.getChildren().forEach(out::add);
        return out;
    }
}
