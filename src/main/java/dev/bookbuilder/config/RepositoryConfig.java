package dev.bookbuilder.config;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * book.yml's {@code repository:}: where the book's sources are published, so that a link to a file
 * that is not a page ({@code ./code/train.py}) can point at it there, as mdBook's
 * {@code git-repository-url} does.
 *
 * @param url    the repository's web address, {@code https://github.com/owner/name}
 * @param branch the branch files are shown from
 * @param path   the source folder's path inside the repository, or empty when it is the repository's root
 */
public record RepositoryConfig(String url, String branch, String path) {
    public static final String DEFAULT_BRANCH = "main";

    /** The web address of {@code relPath} (below the source folder): a file's page, or a folder's listing. */
    public String fileUrl(String relPath, boolean folder) {
        String full = path.isEmpty() ? relPath : relPath.isEmpty() ? path : path + "/" + relPath;
        // GitLab puts its views under /-/; GitHub, Gitea and Codeberg do not.
        String view = (URI.create(url).getHost() != null && URI.create(url).getHost().contains("gitlab") ? "/-/" : "/")
                + (folder ? "tree/" : "blob/");
        String encoded = Arrays.stream(full.split("/")).filter(s -> !s.isEmpty())
                .map(s -> URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20")).collect(Collectors.joining("/"));
        return url + view + branch + (encoded.isEmpty() ? "" : "/" + encoded);
    }
}
