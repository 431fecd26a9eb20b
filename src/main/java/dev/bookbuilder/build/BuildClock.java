package dev.bookbuilder.build;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The build's timestamp (dcterms:modified, the colophon's date, zip entry times): SOURCE_DATE_EPOCH
 * when set, else the last commit's time, else now. The first two make builds reproducible.
 */
public final class BuildClock {
    private BuildClock() {
    }

    public static Instant resolve(Map<String, String> env, Path sourceRoot) {
        return pinned(env, sourceRoot).orElseGet(Instant::now);
    }

    /** SOURCE_DATE_EPOCH or the last commit's time; empty when only the clock is left (then the time alone is no reason to rebuild). */
    public static java.util.Optional<Instant> pinned(Map<String, String> env, Path sourceRoot) {
        String epoch = env.get("SOURCE_DATE_EPOCH");
        if (epoch != null && !epoch.isBlank()) {
            try {
                return java.util.Optional.of(Instant.ofEpochSecond(Long.parseLong(epoch.strip())));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("SOURCE_DATE_EPOCH must be whole seconds since 1970, not `" + epoch + "`");
            }
        }
        return java.util.Optional.ofNullable(lastCommit(sourceRoot));
    }

    private static Instant lastCommit(Path dir) {
        try {
            Process p = new ProcessBuilder("git", "log", "-1", "--format=%ct")
                    .directory(dir.toAbsolutePath().toFile())
                    .redirectErrorStream(true)
                    .start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            if (!p.waitFor(10, TimeUnit.SECONDS) || p.exitValue() != 0 || !out.matches("\\d+")) {
                return null;
            }
            return Instant.ofEpochSecond(Long.parseLong(out));
        } catch (IOException e) {
            return null; // no git on this machine
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }
}
