package dev.bookbuilder.build;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * What to build.
 *
 * @param editions edition ids, or empty for every edition
 * @param formats  formats, or empty for every format
 */
public record BuildRequest(Path source, Path out, List<String> editions, Set<Format> formats, Instant buildTime) {
}
