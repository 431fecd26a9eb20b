package dev.bookbuilder.importer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a cloned book is published: its {@code .git/config}'s {@code origin} on GitHub or GitLab, and the branch
 * {@code .git/HEAD} names. A book links to its code files (DoctorWkt/acwj's chapters link to {@code scan.c},
 * {@code gen.c}, …); with {@code repository:} in book.yml those links work instead of becoming plain text.
 */
final class GitRemote {
    private static final Pattern ORIGIN = Pattern.compile("(?ms)^\\s*\\[remote \"origin\"\\](.*?)(?=^\\s*\\[|\\z)");
    private static final Pattern URL = Pattern.compile("(?m)^\\s*url\\s*=\\s*(\\S+)\\s*$");
    /** https://github.com/o/r(.git), git@github.com:o/r(.git), ssh://git@github.com/o/r(.git). */
    private static final Pattern HOSTED = Pattern.compile(
            "^(?:https?://(?:[^@/]+@)?|ssh://git@|git@)(github\\.com|gitlab\\.com)[:/]([\\w.-]+)/([\\w.-]+?)(?:\\.git)?/?$");
    private static final Pattern HEAD = Pattern.compile("^ref: refs/heads/(\\S+)\\s*$");

    private GitRemote() {
    }

    /** {@code [https://github.com/owner/name, branch]} for the repository at {@code root}, or empty. */
    static Optional<String[]> of(Path root) {
        Path git = root.resolve(".git");
        Path config = git.resolve("config");
        if (!Files.isDirectory(git, LinkOption.NOFOLLOW_LINKS) || !Files.isRegularFile(config, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.empty();
        }
        try {
            if (Files.size(config) > 1 << 20) {
                return Optional.empty();
            }
            Matcher origin = ORIGIN.matcher(Files.readString(config, StandardCharsets.UTF_8));
            Matcher url = origin.find() ? URL.matcher(origin.group(1)) : null;
            Matcher hosted = url != null && url.find() ? HOSTED.matcher(url.group(1)) : null;
            if (hosted == null || !hosted.matches()) {
                return Optional.empty();
            }
            String branch = "main";
            Path head = git.resolve("HEAD");
            if (Files.isRegularFile(head, LinkOption.NOFOLLOW_LINKS) && Files.size(head) < 4096) {
                Matcher h = HEAD.matcher(Files.readString(head, StandardCharsets.UTF_8));
                branch = h.find() ? h.group(1) : branch;
            }
            return Optional.of(new String[] {"https://" + hosted.group(1) + "/" + hosted.group(2) + "/" + hosted.group(3), branch});
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // not a clone this reads: the book's file links say how to name the repository
        }
    }
}
