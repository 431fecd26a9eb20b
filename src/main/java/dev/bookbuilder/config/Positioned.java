package dev.bookbuilder.config;

/** A value together with where it was written, for diagnostics found later. */
public record Positioned<T>(T value, Position position) {
}
