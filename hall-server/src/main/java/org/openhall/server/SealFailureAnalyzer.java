package org.openhall.server;

import org.openhall.licence.SealNotConfigured;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Tells the operator which seal and address settings a production start needs, or which departments the
 * seal keystore lacks a key for, instead of a stack trace.
 */
class SealFailureAnalyzer extends AbstractFailureAnalyzer<SealNotConfigured> {

  @Override
  protected FailureAnalysis analyze(Throwable root, SealNotConfigured cause) {
    if (!cause.departmentsWithoutKey().isEmpty()) {
      return new FailureAnalysis(
          "OpenHall refuses to start: every department signs its licences and notices with its own seal key, "
              + "and the seal keystore (OPENHALL_LICENCE_KEYSTORE) has no key for these departments: "
              + String.join("; ", cause.departmentsWithoutKey()) + ".",
          "Add one private-key entry per department to the PKCS#12 keystore, its alias the department code "
              + "and its certificate naming the department (CN) and the service centre (O), with the "
              + "keystore's password; then start again. See docs/operations.md, section \"Department seals\".",
          cause);
    }
    return new FailureAnalysis(
        "OpenHall refuses to start: outside the demo profile every licence and notice must be sealed with the "
            + "departments' own keys and point its QR code at the public address, and these are not set: "
            + String.join("; ", cause.missing()) + ".",
        "Set OPENHALL_LICENCE_KEYSTORE (a PKCS#12 file with one key and certificate per department, alias = "
            + "department code) and OPENHALL_LICENCE_KEYSTOREPASSWORD, and OPENHALL_PUBLIC_URL "
            + "(e.g. https://zwfw.example.gov.cn). See docs/operations.md. For a trial run use the demo profile "
            + "(the default with the embedded database).",
        cause);
  }
}
