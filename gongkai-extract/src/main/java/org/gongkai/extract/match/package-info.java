/**
 * Turns a {@link org.gongkai.extract.layout.Layout} into a {@link org.gongkai.core.report.Report}: finds the
 * sections, anchors each table row by its label, and assigns every value to a cell id of the template
 * catalogue, recording where it came from and saying so whenever a value was placed by order.
 */
package org.gongkai.extract.match;
