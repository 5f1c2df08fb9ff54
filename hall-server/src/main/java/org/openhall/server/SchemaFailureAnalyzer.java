package org.openhall.server;

import org.flywaydb.core.api.exception.FlywayValidateException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Explains a refused schema in words an operator can act on, instead of a stack trace. */
class SchemaFailureAnalyzer extends AbstractFailureAnalyzer<FlywayValidateException> {

  @Override
  protected FailureAnalysis analyze(Throwable root, FlywayValidateException cause) {
    return new FailureAnalysis(
        "OpenHall refuses to start: the database schema does not match the migrations shipped with "
            + "this version (Flyway validation failed). " + cause.getMessage(),
        "Do not edit applied migrations. If the database belongs to another version, run the "
            + "matching OpenHall version; if a migration failed halfway, restore the backup taken "
            + "before the upgrade. See docs/operations.md, section \"Schema\".",
        cause);
  }
}
