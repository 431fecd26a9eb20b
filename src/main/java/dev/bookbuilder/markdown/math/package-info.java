/** Formulas: the $…$ syntax, numbered equations and their references, the LaTeX rewriting for JLaTeXMath, its limits, and the drawing. */
package dev.bookbuilder.markdown.math;
