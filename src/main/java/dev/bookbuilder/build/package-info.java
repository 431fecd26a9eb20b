/** The driver: the one place that knows the order of the stages (load, parse once, assemble, render, write), and atomic output. */
package dev.bookbuilder.build;
