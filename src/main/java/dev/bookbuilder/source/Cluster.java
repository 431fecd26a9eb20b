package dev.bookbuilder.source;

import java.util.List;

/**
 * A cluster (a part of the book): its opener page from cluster.md and its questions in file order.
 *
 * @param folder the folder name, e.g. {@code 03-inference}; editions name clusters by it
 */
public record Cluster(String id, String folder, String title, String shortTitle, String theme, String audience,
        SourceText text, List<Question> questions) implements PageSource {
}
