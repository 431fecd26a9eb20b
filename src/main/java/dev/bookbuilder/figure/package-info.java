/**
 * Figures drawn at build time from their source: PlantUML diagrams and YAML-described charts,
 * as SVG with text turned into outlines, drawn once per build and shared by every edition and format.
 */
package dev.bookbuilder.figure;
