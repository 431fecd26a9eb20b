package dev.bookbuilder.build;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * What to build.
 *
 * @param editions edition ids, or empty for every edition
 * @param formats  format names ({@code epub}, {@code pdf}: see Writers), or empty for every format
 */
public record BuildRequest(Path source, Path out, List<String> editions, Set<String> formats, Instant buildTime) {
}
