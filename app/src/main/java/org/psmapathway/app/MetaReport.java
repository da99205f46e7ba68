package org.psmapathway.app;

import java.util.List;
import org.psmapathway.stats.meta.CumulativeRow;
import org.psmapathway.stats.meta.EggerTest;
import org.psmapathway.stats.meta.MetaRegressionResult;
import org.psmapathway.stats.meta.MetaResult;
import org.psmapathway.stats.meta.SubgroupResult;
import org.psmapathway.stats.meta.TrimAndFill;

/**
 * Everything one {@code psma meta} run computed; the optional parts are null (or empty) when not
 * asked for.
 */
record MetaReport(MetaMeasure measure, MetaResult model, SubgroupResult subgroups,
    MetaRegressionResult regression, List<CumulativeRow> cumulative, EggerTest.Result egger,
    TrimAndFill.Result trimfill) {}
