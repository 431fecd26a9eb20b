package dev.bookbuilder.config;

import java.util.List;

/** One edition: an ordered list of stages, each reading some clusters; {@code cover} as in {@link BookConfig}. */
public record EditionConfig(String id, String title, List<Stage> stages, String cover) {

    /** A stage of an edition, e.g. a week of a learning path; {@code label} may be null. */
    public record Stage(String label, List<Positioned<String>> clusters) {
    }

    public List<String> clusterFolders() {
        return stages.stream().flatMap(s -> s.clusters().stream()).map(Positioned::value).toList();
    }
}
