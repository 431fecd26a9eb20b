/** Callouts: GitHub alerts and [!INTERVIEW], their kinds defined once, and the warning for a kind that does not exist. */
package dev.bookbuilder.markdown.callout;
