/**
 * The checks of domain.md §2, one small class per rule, run by {@link org.gongkai.core.rules.RuleEngine}.
 *
 * <ul>
 *   <li>R1–R4: the sums of T3 and T4 (column balance, row totals, outcome totals, appeal totals);</li>
 *   <li>R5: the shape of （六）其他处理 in each template, and template against report year;</li>
 *   <li>R6–R9: what a cell may hold (counts, deltas, amounts and their units);</li>
 *   <li>R10, R11, R15: plausibility of T2; R12–R14: between consecutive years of one organ;</li>
 *   <li>S1–S6: the soft checks of §2.5 and the 2021 fee statement in 六;</li>
 *   <li>{@code blank-as-zero}, {@code derived-total}: where blank cells were read as 0 or a blank total
 *       was derived from its row (§2.6–§2.7); {@code repair-hint}: the one change that would repair T3.</li>
 * </ul>
 *
 * A finding is of kind {@code report} when the published numbers break a rule and of kind
 * {@code reading} when the reader may be the one at fault (values placed by order, blanks read as 0);
 * the two are never mixed. Rules only add findings: they never change a cell, and a table that is not
 * in the text gives no arithmetic findings at all.
 */
package org.gongkai.core.rules;
