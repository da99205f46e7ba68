package org.psmapathway.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * DESIGN.md's dependency rules as tests. Arrows only point down:
 * app → report, store, fhir, dosimetry → core → stats. core and stats are pure: no database, no
 * network, no file writes, no clock, no framework. Rules over modules that do not exist yet are
 * allowed to match nothing, so they start guarding the moment the module appears.
 */
class ArchitectureTest {

  private static final String ROOT = "org.psmapathway";
  private static JavaClasses classes;

  @BeforeAll
  static void importProductionClasses() {
    classes = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
        .importPackages(ROOT);
  }

  @Test
  void theClassPathHoldsTheModules() {
    // Guards against a silently empty import, which would make every rule below vacuous.
    org.assertj.core.api.Assertions.assertThat(classes.containPackage(ROOT + ".core.record")).isTrue();
    org.assertj.core.api.Assertions.assertThat(classes.containPackage(ROOT + ".app")).isTrue();
  }

  @Test
  void coreAndStatsReachNoModuleAboveThem() {
    rule(noClasses().that().resideInAnyPackage(ROOT + ".core..", ROOT + ".stats..")
        .should().dependOnClassesThat().resideInAnyPackage(ROOT + ".app..", ROOT + ".report..",
            ROOT + ".store..", ROOT + ".fhir..", ROOT + ".dosimetry..", ROOT + ".bench.."));
  }

  @Test
  void statsKnowsNothingAboutProstates() {
    rule(noClasses().that().resideInAPackage(ROOT + ".stats..")
        .should().dependOnClassesThat().resideInAPackage(ROOT + ".core.."));
  }

  @Test
  void edgeModulesDoNotReachTheApplication() {
    rule(noClasses().that().resideInAnyPackage(ROOT + ".report..", ROOT + ".store..",
            ROOT + ".fhir..", ROOT + ".dosimetry..")
        .should().dependOnClassesThat().resideInAnyPackage(ROOT + ".app..", ROOT + ".bench.."));
  }

  @Test
  void dosimetryStandsBesideTheRegistryAndTheFigures() {
    rule(noClasses().that().resideInAPackage(ROOT + ".dosimetry..")
        .should().dependOnClassesThat().resideInAnyPackage(ROOT + ".store..", ROOT + ".report..",
            ROOT + ".fhir.."));
  }

  static final ArchRule CORE_AND_STATS_ARE_PURE_OF_IO = noClasses().that().resideInAnyPackage(ROOT + ".core..", ROOT + ".stats..")
        .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..",
            "java.net..", "java.nio.file..", "java.nio.channels..", "javax.net..")
        .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.File")
        .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.FileInputStream")
        .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.FileOutputStream")
        .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.FileWriter")
        .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.FileReader")
        .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.RandomAccessFile")
        .because("core and stats are pure; I/O lives in store, fhir, dosimetry readers and app")
        .allowEmptyShould(true);

  @Test
  void coreAndStatsDoNoInputOrOutput() {
    CORE_AND_STATS_ARE_PURE_OF_IO.check(classes);
  }

  static final ArchRule CORE_AND_STATS_READ_NO_CLOCK = noClasses().that().resideInAnyPackage(ROOT + ".core..", ROOT + ".stats..")
        .should().callMethod(System.class, "currentTimeMillis")
        .orShould().callMethod(System.class, "nanoTime")
        .orShould().callMethod(java.time.LocalDate.class, "now")
        .orShould().callMethod(java.time.LocalDateTime.class, "now")
        .orShould().callMethod(java.time.Instant.class, "now")
        .orShould().callMethod(java.time.ZonedDateTime.class, "now")
        .orShould().callMethod(java.time.Clock.class, "systemDefaultZone")
        .orShould().callMethod(java.time.Clock.class, "systemUTC")
        .because("date-dependent rules take a Clock or an explicit date (DESIGN.md)")
        .allowEmptyShould(true);

  @Test
  void coreAndStatsReadNoClock() {
    CORE_AND_STATS_READ_NO_CLOCK.check(classes);
  }

  /** The rules must be able to fail: a fixture class in a core package breaks both. */
  @Test
  void theRulesCatchASeededViolation() {
    JavaClasses fixture = new ClassFileImporter()
        .importClasses(org.psmapathway.core.archfixture.ImpureRule.class);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> CORE_AND_STATS_READ_NO_CLOCK.check(fixture))
        .isInstanceOf(AssertionError.class).hasMessageContaining("LocalDate.now()");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> CORE_AND_STATS_ARE_PURE_OF_IO.check(fixture))
        .isInstanceOf(AssertionError.class).hasMessageContaining("java.io.File");
  }

  @Test
  void coreAndStatsUseNoFramework() {
    rule(noClasses().that().resideInAnyPackage(ROOT + ".core..", ROOT + ".stats..")
        .should().dependOnClassesThat().resideInAnyPackage("picocli..", "io.javalin..",
            "org.jdbi..", "org.flywaydb..", "org.springframework..", "jakarta..", "javax.servlet..",
            "ca.uhn.fhir..", "org.hl7.fhir.."));
  }

  @Test
  void onlyTheApplicationTalksToTheConsole() {
    rule(noClasses().that().resideOutsideOfPackages(ROOT + ".app..", ROOT + ".bench..")
        .and().resideInAPackage(ROOT + "..")
        .should().accessField(System.class, "out")
        .orShould().accessField(System.class, "err")
        .orShould().callMethod(System.class, "exit", int.class));
  }

  private static void rule(ArchRule rule) {
    rule.allowEmptyShould(true).check(classes);
  }
}
