package org.openhall.licence;

import java.util.List;

/**
 * Outside the demo profile the server needs a real seal keystore and the public address printed in QR
 * codes; without them it refuses to start (hall-server explains this to the operator).
 */
public class SealNotConfigured extends IllegalStateException {

  private final List<String> missing;

  public SealNotConfigured(List<String> missing) {
    super("OpenHall refuses to start without " + String.join(" and ", missing));
    this.missing = List.copyOf(missing);
  }

  /** The settings to give, with their environment variables. */
  public List<String> missing() {
    return missing;
  }
}
