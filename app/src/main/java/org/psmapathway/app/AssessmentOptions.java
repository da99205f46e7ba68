package org.psmapathway.app;

import java.time.LocalDate;
import org.psmapathway.core.assessment.AssessmentSettings;
import org.psmapathway.core.guidance.GuidanceSettings;
import org.psmapathway.core.psa.DoublingTimePolicy;
import org.psmapathway.core.psa.PsaSettings;
import org.psmapathway.core.staging.NodeCategory;
import org.psmapathway.core.staging.PromiseVersion;
import org.psmapathway.core.staging.StagingSettings;
import org.psmapathway.core.staging.TieRule;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * The named settings where published sources disagree (docs/clinical-rules.md), as options shared
 * by every command that assesses patients.
 */
final class AssessmentOptions {

  @Option(names = "--as-of", paramLabel = "DATE",
      description = "Date the assessment refers to (default: today). Fix it for reproducible "
          + "reports.")
  LocalDate asOf;

  @Option(names = "--promise", defaultValue = "1", paramLabel = "1|2",
      description = "PROMISE version for miTNM labels and the node-region table "
          + "(default ${DEFAULT-VALUE}).")
  int promise;

  @Option(names = "--common-iliac", paramLabel = "regional|extrapelvic",
      description = "Where common-iliac nodes count (default: the version's table — v1 regional, "
          + "v2 extrapelvic).")
  String commonIliac;

  @Option(names = "--count-sides-separately", negatable = true, defaultValue = "true",
      fallbackValue = "true",
      description = "Left and right of one node region count as two regions (default on).")
  boolean countSidesSeparately;

  @Option(names = "--expression-ties", defaultValue = "up", paramLabel = "up|down",
      description = "PSMA expression score at a boundary: up = equal-or-above (E-PSMA), down = "
          + "the public PROMISE v2 tool (default ${DEFAULT-VALUE}).")
  String expressionTies;

  @Option(names = "--psadt-policy", defaultValue = "all-detectable",
      paramLabel = "all-detectable|rtog",
      description = "PSA values used for the doubling time (default ${DEFAULT-VALUE}).")
  String psadtPolicy;

  @Option(names = "--decision-date", paramLabel = "DATE",
      description = "Guidance as it stood on this date (default: the latest PSMA PET when a "
          + "treatment followed it, otherwise the assessment date).")
  LocalDate decisionDate;

  @Option(names = "--oligometastatic-max", defaultValue = "5", paramLabel = "N",
      description = "Most lesions outside the prostate bed that count as oligometastatic: 5 "
          + "(ESTRO/EORTC) or 3 (STOMP, ORIOLE) (default ${DEFAULT-VALUE}).")
  int oligometastaticMax;

  @CommandLine.Spec(CommandLine.Spec.Target.MIXEE)
  CommandLine.Model.CommandSpec spec;

  AssessmentSettings settings() {
    StagingSettings staging = StagingSettings.defaults()
        .withVersion(switch (promise) {
          case 1 -> PromiseVersion.V1;
          case 2 -> PromiseVersion.V2;
          default -> throw usage("--promise must be 1 or 2, got " + promise);
        })
        .withLateralitySeparatesRegions(countSidesSeparately)
        .withExpressionTieRule(switch (expressionTies) {
          case "up" -> TieRule.TIES_UP;
          case "down" -> TieRule.TIES_DOWN;
          default -> throw usage("--expression-ties must be up or down, got " + expressionTies);
        });
    if (commonIliac != null) {
      staging = staging.withCommonIliac(switch (commonIliac) {
        case "regional" -> NodeCategory.REGIONAL;
        case "extrapelvic" -> NodeCategory.EXTRAPELVIC;
        default -> throw usage("--common-iliac must be regional or extrapelvic, got "
            + commonIliac);
      });
    }
    DoublingTimePolicy policy = null;
    for (DoublingTimePolicy p : DoublingTimePolicy.values()) {
      if (p.code().equals(psadtPolicy)) {
        policy = p;
      }
    }
    if (policy == null) {
      throw usage("--psadt-policy must be all-detectable or rtog, got " + psadtPolicy);
    }
    if (oligometastaticMax < 1) {
      throw usage("--oligometastatic-max must be at least 1, got " + oligometastaticMax);
    }
    GuidanceSettings guidance = GuidanceSettings.defaults()
        .withOligometastaticMaxLesions(oligometastaticMax).withDecisionDate(decisionDate);
    return AssessmentSettings.defaults().withStaging(staging).withPsa(PsaSettings.of(policy))
        .withGuidance(guidance);
  }

  private CommandLine.ParameterException usage(String message) {
    return new CommandLine.ParameterException(spec.commandLine(), message);
  }
}
