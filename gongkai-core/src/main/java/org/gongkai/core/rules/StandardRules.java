package org.gongkai.core.rules;

import java.util.List;

/** The standard rule set, in the order of domain.md §2, then the soft checks and the notes on blanks and repairs. */
final class StandardRules {
    private StandardRules() {}

    static List<Rule> single() {
        return List.of(
                new ColumnBalanceRule(),          // R1
                new RowTotalRule(),               // R2
                new OutcomeTotalRule(),           // R3
                new AppealTotalRule(),            // R4
                new SubtotalRule(),               // R3s: a report's own subtotal rows
                new OtherOutcomeRowsRule(),       // R5
                new CountRule(),                  // R6
                new DeltaRule(),                  // R7
                new FeeAmountRule(),              // R8
                new ProcurementAmountRule(),      // R9
                new InForceStockRule(),           // R10
                new CumulativePublishedRule(),    // R11
                new DecisionCountConfusionRule(), // R15
                new OtherOutcomeShareCheck(),     // S1
                new UnpaidFeeNarrativeCheck(),    // S2
                new FeeWithoutRequestsCheck(),    // S3
                new NarrativeRequestCountCheck(), // S4
                new OverviewLengthCheck(),        // S5
                new FeeStatementCheck(),          // S6
                new BlankAsZeroRule(),
                new DerivedTotalRule(),
                new RepairHintRule());
    }

    static List<CrossYearRule> crossYear() {
        return List.of(new CarryOverRule(), new InForceRollForwardRule(), new ItemCountRollForwardRule());
    }
}
