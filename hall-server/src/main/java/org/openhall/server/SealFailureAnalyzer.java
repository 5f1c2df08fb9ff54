package org.openhall.server;

import org.openhall.licence.SealNotConfigured;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Tells the operator which seal and address settings a production start needs, instead of a stack trace. */
class SealFailureAnalyzer extends AbstractFailureAnalyzer<SealNotConfigured> {

  @Override
  protected FailureAnalysis analyze(Throwable root, SealNotConfigured cause) {
    return new FailureAnalysis(
        "OpenHall refuses to start: outside the demo profile every licence and notice must be sealed with the "
            + "service centre's own key and point its QR code at the public address, and these are not set: "
            + String.join("; ", cause.missing()) + ".",
        "Set OPENHALL_LICENCE_KEYSTORE (a PKCS#12 file with the seal's key and certificate) and "
            + "OPENHALL_LICENCE_KEYSTOREPASSWORD, and OPENHALL_PUBLIC_URL (e.g. https://zwfw.example.gov.cn). "
            + "See docs/operations.md. For a trial run use the demo profile (the default with the embedded database).",
        cause);
  }
}
